// The "Feed properties…" dialog: a feed's title, folder, retention and poll interval.
#pragma once

#include "threadwriter.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

class FeedPropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    // folders: the existing ones ("Name", "Parent/Child"), offered in the
    // folder box, where a new name may be typed too. The global values are
    // shown where the feed has none of its own.
    FeedPropertiesDialog(const ThreadWriter::FeedProperties &properties, const QStringList &folders,
                         int globalRetentionDays, int globalPollMinutes, QWidget *parent = nullptr);

    ThreadWriter::FeedProperties properties() const;

private:
    void updateOk();

    QLineEdit *m_title = nullptr;
    QComboBox *m_folder = nullptr;
    QSpinBox *m_retention = nullptr;
    QSpinBox *m_poll = nullptr;
    QComboBox *m_capture = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
