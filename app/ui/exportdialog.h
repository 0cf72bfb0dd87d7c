// The Export… dialog: which threads (current, selected, the list), which format, and where to save.
#pragma once

#include "exportrequest.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QRadioButton;

class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const ExportOffer &offer, QWidget *parent = nullptr);

    ExportRequest request() const;
    void setRequest(const ExportRequest &request);

    // Shows the dialog; nothing when the user cancels.
    static std::optional<ExportRequest> ask(const ExportOffer &offer, QWidget *parent);

private:
    void chooseDestination();
    void formatChanged();
    void updateState();

    QRadioButton *m_current = nullptr;
    QRadioButton *m_selection = nullptr;
    QRadioButton *m_list = nullptr;
    QComboBox *m_format = nullptr;
    QCheckBox *m_perThread = nullptr;
    QLineEdit *m_path = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_currentTitle;
    QString m_listName;
};
