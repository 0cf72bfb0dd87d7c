#include "problemsdialog.h"

#include "feedstore.h"
#include "poller.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { FeedColumn, ProblemColumn, SinceColumn, NextColumn, ColumnCount };

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(text);
    return item;
}

} // namespace

ProblemsDialog::ProblemsDialog(Database &database, Poller &poller, QWidget *parent)
    : QDialog(parent), m_database(database), m_poller(poller)
{
    setWindowTitle(tr("Problems"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setAccessibleName(tr("Feeds whose last fetch failed"));
    m_table->setHorizontalHeaderLabels({tr("Feed"), tr("Problem"), tr("Failing since"), tr("Next try")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(ProblemColumn, QHeaderView::Stretch);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_retry = buttons->addButton(tr("&Try Again"), QDialogButtonBox::ActionRole);
    m_retry->setAccessibleName(tr("Fetch the chosen feed again now"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, &ProblemsDialog::retry);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_retry->setEnabled(!m_table->selectedItems().isEmpty() && !m_poller.isBusy()); });
    connect(&m_poller, &Poller::finished, this, [this] { reload(); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(760, 360);
    reload();
}

int ProblemsDialog::reload()
{
    m_table->setRowCount(0);
    const Result<QList<FeedRecord>> feeds = FeedStore(m_database).list();
    if (!feeds) {
        m_summary->setText(tr("Docket could not read the feeds: %1").arg(feeds.error().message));
        m_retry->setEnabled(false);
        return 0;
    }
    const QLocale locale;
    for (const FeedRecord &feed : feeds.value()) {
        if (feed.status != FeedStatus::Error)
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QTableWidgetItem *name =
            cell(feed.title.isEmpty() ? feed.url.toDisplayString(QUrl::RemoveUserInfo) : feed.title);
        name->setData(Qt::UserRole, feed.id);
        m_table->setItem(row, FeedColumn, name);
        m_table->setItem(row, ProblemColumn, cell(feed.error));
        const QString since = tr("%1 (%n failed fetch(es) in a row)", nullptr, feed.failures)
                                  .arg(locale.toString(feed.lastFetch.toLocalTime(), QLocale::ShortFormat));
        m_table->setItem(row, SinceColumn, cell(since));
        m_table->setItem(row, NextColumn,
                         cell(feed.stopped
                                  ? tr("Stopped: Try Again to resume")
                                  : locale.toString(feed.nextPoll.toLocalTime(), QLocale::ShortFormat)));
    }
    const int count = m_table->rowCount();
    m_summary->setText(count == 0 ? tr("Every feed fetched without a problem last time.")
                                  : tr("%n feed(s) failed on their last fetch. Their threads are still "
                                       "here; Docket keeps trying, waiting longer after each failure.",
                                       nullptr, count));
    m_table->resizeRowsToContents();
    m_retry->setEnabled(count > 0 && !m_table->selectedItems().isEmpty() && !m_poller.isBusy());
    return count;
}

void ProblemsDialog::retry()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty() || m_poller.isBusy())
        return;
    const qint64 id = m_table->item(selected.first()->row(), FeedColumn)->data(Qt::UserRole).toLongLong();
    m_retry->setEnabled(false);
    m_summary->setText(tr("Fetching again…"));
    m_poller.pollFeed(id);
}
