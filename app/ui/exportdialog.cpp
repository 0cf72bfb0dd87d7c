#include "exportdialog.h"

#include "exportfilename.h"
#include "exportjob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {

// Long titles would stretch the dialog off the screen.
QString shortened(const QString &text)
{
    constexpr qsizetype maxLength = 60;
    return text.size() <= maxLength ? text : text.left(maxLength - 1) + u'…';
}

} // namespace

ExportDialog::ExportDialog(const ExportOffer &offer, QWidget *parent)
    : QDialog(parent)
    , m_current(new QRadioButton(this))
    , m_selection(new QRadioButton(this))
    , m_list(new QRadioButton(this))
    , m_format(new QComboBox(this))
    , m_perThread(new QCheckBox(tr("One &file per thread, in a folder"), this))
    , m_path(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export"));
    m_currentTitle = offer.currentTitle;
    m_listName = offer.listName;
    const QLocale locale;
    m_current->setText(offer.currentId != 0 ? tr("The &current thread: %1").arg(shortened(offer.currentTitle))
                                            : tr("The &current thread"));
    m_current->setEnabled(offer.currentId != 0);
    m_selection->setText(tr("The &selected threads (%1)").arg(locale.toString(offer.selectedIds.size())));
    m_selection->setEnabled(offer.selectedIds.size() > 1);
    m_list->setText(
        tr("The &list: %1 (%2)").arg(shortened(offer.listName), locale.toString(offer.listCount)));
    m_list->setEnabled(offer.listCount > 0);
    if (offer.listCount > ExportJob::maxThreads)
        m_list->setToolTip(
            tr("Only the first %1 threads are exported").arg(locale.toString(ExportJob::maxThreads)));
    (m_current->isEnabled() ? m_current : m_list)->setChecked(true);

    m_format->addItem(tr("HTML (one self-contained file)"), int(ExportFormat::Html));
    m_format->addItem(tr("Markdown"), int(ExportFormat::Markdown));
    m_format->addItem(tr("Plain text"), int(ExportFormat::Text));
    m_format->addItem(tr("PDF"), int(ExportFormat::Pdf));
    m_format->setAccessibleName(tr("Format"));
    m_path->setAccessibleName(tr("Save to"));
    auto *choose = new QPushButton(tr("C&hoose…"), this);

    auto *scope = new QVBoxLayout;
    scope->addWidget(m_current);
    scope->addWidget(m_selection);
    scope->addWidget(m_list);
    auto *where = new QHBoxLayout;
    where->addWidget(m_path, 1);
    where->addWidget(choose);
    auto *form = new QFormLayout;
    form->addRow(tr("Export:"), scope);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(QString(), m_perThread);
    form->addRow(tr("Save &to:"), where);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(choose, &QPushButton::clicked, this, &ExportDialog::chooseDestination);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_perThread, &QCheckBox::toggled, this, [this] {
        m_path->clear();
        updateState();
    });
    for (QRadioButton *button : {m_current, m_selection, m_list})
        connect(button, &QRadioButton::toggled, this, &ExportDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

ExportRequest ExportDialog::request() const
{
    ExportRequest request;
    request.scope = m_current->isChecked()     ? ExportRequest::Scope::CurrentThread
                    : m_selection->isChecked() ? ExportRequest::Scope::Selection
                                               : ExportRequest::Scope::List;
    request.format = ExportFormat(m_format->currentData().toInt());
    request.oneFilePerThread = m_perThread->isEnabled() && m_perThread->isChecked();
    request.path = m_path->text().trimmed();
    return request;
}

void ExportDialog::setRequest(const ExportRequest &request)
{
    switch (request.scope) {
    case ExportRequest::Scope::CurrentThread:
        m_current->setChecked(true);
        break;
    case ExportRequest::Scope::Selection:
        m_selection->setChecked(true);
        break;
    case ExportRequest::Scope::List:
        m_list->setChecked(true);
        break;
    }
    m_format->setCurrentIndex(m_format->findData(int(request.format)));
    m_perThread->setChecked(request.oneFilePerThread);
    m_path->setText(request.path);
}

void ExportDialog::chooseDestination()
{
    const ExportRequest current = request();
    QString start = current.path;
    if (start.isEmpty()) {
        // A file is offered a name from what it will hold, as a browser's Save As does.
        const QDir documents(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        const QString title =
            current.scope == ExportRequest::Scope::CurrentThread ? m_currentTitle : m_listName;
        start = current.oneFilePerThread ? documents.path()
                                         : documents.filePath(ExportFileName::stem(title) + u'.' +
                                                              exportFormatExtension(current.format));
    }
    QString chosen;
    if (current.oneFilePerThread) {
        chosen = QFileDialog::getExistingDirectory(this, tr("Export to Folder"), start);
    } else {
        const QString extension = exportFormatExtension(current.format);
        // Replacing a file is asked once, by Docket, when the export starts.
        chosen = QFileDialog::getSaveFileName(this, tr("Export to File"), start,
                                              tr("%1 files (*.%2)").arg(extension.toUpper(), extension),
                                              nullptr, QFileDialog::DontConfirmOverwrite);
        if (!chosen.isEmpty() && QFileInfo(chosen).suffix().isEmpty())
            chosen += u'.' + extension;
    }
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

void ExportDialog::formatChanged()
{
    // A file name typed for another format follows the new one.
    const ExportRequest current = request();
    if (current.oneFilePerThread || current.path.isEmpty())
        return;
    const QFileInfo info(current.path);
    for (const ExportFormat format :
         {ExportFormat::Html, ExportFormat::Markdown, ExportFormat::Text, ExportFormat::Pdf}) {
        if (info.suffix().compare(exportFormatExtension(format), Qt::CaseInsensitive) == 0) {
            const QString path = current.path;
            m_path->setText(path.left(path.size() - info.suffix().size()) +
                            exportFormatExtension(current.format));
            return;
        }
    }
}

void ExportDialog::updateState()
{
    m_perThread->setEnabled(!m_current->isChecked());
    m_path->setPlaceholderText(request().oneFilePerThread ? tr("A folder") : tr("A file"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_path->text().trimmed().isEmpty());
}

std::optional<ExportRequest> ExportDialog::ask(const ExportOffer &offer, QWidget *parent)
{
    ExportDialog dialog(offer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.request();
}
