#include "feedpropertiesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

// 0 stands for "the global setting": the spin box shows it in words.
QSpinBox *ownOrGlobal(int maximum, const QString &suffix, const QString &globalText, std::optional<int> own,
                      QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, maximum);
    box->setSuffix(suffix);
    box->setSpecialValueText(globalText);
    box->setValue(own.value_or(0));
    return box;
}

std::optional<int> ownValue(const QSpinBox *box)
{
    return box->value() > 0 ? std::optional<int>(box->value()) : std::nullopt;
}

} // namespace

FeedPropertiesDialog::FeedPropertiesDialog(const ThreadWriter::FeedProperties &properties,
                                           const QStringList &folders, int globalRetentionDays,
                                           int globalPollMinutes, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Feed Properties"));
    m_title = new QLineEdit(properties.title, this);
    m_title->setObjectName(QStringLiteral("feedTitle"));
    m_title->setAccessibleName(tr("Feed title"));

    m_folder = new QComboBox(this);
    m_folder->setObjectName(QStringLiteral("feedFolder"));
    m_folder->setAccessibleName(tr("Folder"));
    m_folder->setEditable(true);
    m_folder->setInsertPolicy(QComboBox::NoInsert);
    m_folder->addItem(QString());
    m_folder->addItems(folders);
    m_folder->lineEdit()->setPlaceholderText(tr("No folder (type a name for a new one)"));
    m_folder->setCurrentText(properties.folder);

    m_retention =
        ownOrGlobal(3650, tr(" days"), tr("The global setting (%n day(s))", nullptr, globalRetentionDays),
                    properties.retentionDays, this);
    m_retention->setObjectName(QStringLiteral("feedRetention"));
    m_retention->setAccessibleName(tr("Keep this feed's threads for this many days"));
    m_poll = ownOrGlobal(7 * 24 * 60, tr(" minutes"),
                         tr("The global setting (every %n minute(s))", nullptr, globalPollMinutes),
                         properties.pollIntervalMinutes, this);
    m_poll->setObjectName(QStringLiteral("feedPollInterval"));
    m_poll->setAccessibleName(tr("Check this feed every this many minutes"));

    m_capture = new QComboBox(this);
    m_capture->setObjectName(QStringLiteral("feedCapture"));
    m_capture->setAccessibleName(tr("Fetch the full article of new threads"));
    m_capture->addItem(tr("When the feed sends only a summary"), 0);
    m_capture->addItem(tr("Always"), 1);
    m_capture->addItem(tr("Never"), 2);
    m_capture->setCurrentIndex(!properties.capture ? 0 : *properties.capture ? 1 : 2);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Folder:"), m_folder);
    form->addRow(tr("&Keep threads for:"), m_retention);
    form->addRow(tr("&Check every:"), m_poll);
    form->addRow(tr("Full &articles:"), m_capture);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    setTabOrder(m_title, m_folder);
    setTabOrder(m_folder, m_retention);
    setTabOrder(m_retention, m_poll);
    setTabOrder(m_poll, m_capture);
    setTabOrder(m_capture, m_buttons);
    connect(m_title, &QLineEdit::textChanged, this, &FeedPropertiesDialog::updateOk);
    updateOk();
}

ThreadWriter::FeedProperties FeedPropertiesDialog::properties() const
{
    const int capture = m_capture->currentData().toInt();
    return {m_title->text().simplified(), m_folder->currentText().trimmed(), ownValue(m_retention),
            ownValue(m_poll), capture == 0 ? std::nullopt : std::optional<bool>(capture == 1)};
}

void FeedPropertiesDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_title->text().simplified().isEmpty());
}
