#include "addfeeddialog.h"

#include "displayurl.h"
#include "poller.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int previewItems = 8;

bool isWebAddress(const QString &text)
{
    const QString scheme = QUrl(text.trimmed()).scheme().toLower();
    return scheme == u"http" || scheme == u"https";
}

} // namespace

AddFeedDialog::AddFeedDialog(Poller &poller, const QStringList &folders, QWidget *parent)
    : QDialog(parent), m_poller(poller)
{
    setWindowTitle(tr("Add Feed"));
    m_address = new QLineEdit(this);
    m_address->setPlaceholderText(tr("https://www.jurist.org/news/ or a feed file on this computer"));
    m_address->setAccessibleName(tr("Feed or web page address"));
    m_findButton = new QPushButton(tr("&Find"), this);
    m_findButton->setAccessibleName(tr("Find the feed at this address"));
    m_status = new QLabel(tr("Give the address of a feed, or of a web page that links to one."), this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("What Docket found"));
    m_preview = new QListWidget(this);
    m_preview->setAccessibleName(tr("Latest threads of the feed"));
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setMinimumHeight(140);
    m_others = new QComboBox(this);
    m_others->setAccessibleName(tr("Other feeds the page links to"));
    m_others->setVisible(false);
    m_title = new QLineEdit(this);
    m_title->setAccessibleName(tr("Title to show for the feed"));
    m_folder = new QComboBox(this);
    m_folder->setEditable(true);
    m_folder->addItem(QString());
    m_folder->addItems(folders);
    m_folder->setAccessibleName(tr("Folder for the feed (empty: top level)"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_subscribeButton = m_buttons->addButton(tr("&Subscribe"), QDialogButtonBox::AcceptRole);
    m_subscribeButton->setEnabled(false);

    auto *addressRow = new QHBoxLayout;
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(m_findButton);
    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), addressRow);
    form->addRow(m_status);
    form->addRow(tr("Latest:"), m_preview);
    form->addRow(tr("Also on the page:"), m_others);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("F&older:"), m_folder);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setTabOrder(m_address, m_findButton);
    setTabOrder(m_findButton, m_title);
    setTabOrder(m_title, m_folder);
    resize(560, 420);

    connect(m_findButton, &QPushButton::clicked, this, &AddFeedDialog::find);
    connect(m_address, &QLineEdit::returnPressed, this, &AddFeedDialog::find);
    connect(m_address, &QLineEdit::textEdited, this, [this] {
        // A new address: what was found no longer applies.
        m_found.reset();
        m_subscribeButton->setEnabled(false);
    });
    connect(m_others, &QComboBox::activated, this, [this](int index) {
        if (index <= 0)
            return;
        m_address->setText(m_others->itemData(index).toUrl().toString());
        find();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_subscribeButton, &QPushButton::clicked, this, &AddFeedDialog::subscribe);
    connect(&m_poller, &Poller::found, this, &AddFeedDialog::showFound);
    connect(&m_poller, &Poller::notFound, this, &AddFeedDialog::showNotFound);
    connect(&m_poller, &Poller::subscribed, this, [this](const FeedRecord &feed, int threads) {
        if (!m_waiting)
            return;
        m_waiting = false;
        m_subscribedId = feed.id;
        Q_EMIT subscribedTo(feed.id, feed.title, threads);
        accept();
    });
    connect(&m_poller, &Poller::subscribeFailed, this, [this](const QString &message) {
        if (!m_waiting)
            return;
        setBusy(false, message);
        m_subscribeButton->setEnabled(m_found.has_value());
    });
}

void AddFeedDialog::find()
{
    const QString text = m_address->text().trimmed();
    if (text.isEmpty())
        return;
    if (!isWebAddress(text)) {
        const QString scheme = QUrl(text).scheme().toLower();
        if (scheme.size() > 1 && scheme != u"file") {
            setBusy(false,
                    tr("Docket reads web (http, https) addresses and files, not %1: addresses.").arg(scheme));
            return;
        }
        Q_EMIT fileChosen(text);
        accept();
        return;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        setBusy(false, tr("%1 is not a valid web address.").arg(text));
        return;
    }
    m_found.reset();
    m_preview->clear();
    m_subscribeButton->setEnabled(false);
    setBusy(true, tr("Looking for the feed at %1…").arg(DisplayUrl::withoutCredentials(url)));
    m_poller.find(url);
}

void AddFeedDialog::showFound(const FoundFeed &feed)
{
    if (!m_waiting)
        return;
    m_found = feed;
    setBusy(false, tr("Found “%1”: %n thread(s), at %2.", nullptr, int(feed.feed.items.size()))
                       .arg(feed.feed.title.simplified(), DisplayUrl::withoutCredentials(feed.url)));
    m_preview->clear();
    QList<Item> items = feed.feed.items;
    // Newest first, as the thread list shows them; undated ones last.
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        return a.published.isValid() && (!b.published.isValid() || a.published > b.published);
    });
    const QLocale locale;
    for (const Item &item : std::as_const(items).mid(0, previewItems)) {
        const QString when = item.published.isValid()
                                 ? locale.toString(item.published.toLocalTime(), QLocale::ShortFormat)
                                 : tr("undated");
        m_preview->addItem(QStringLiteral("%1 — %2").arg(item.title.simplified(), when));
    }
    m_others->clear();
    m_others->setVisible(!feed.others.isEmpty());
    if (!feed.others.isEmpty()) {
        m_others->addItem(
            tr("%n other feed(s): choose one to use it instead", nullptr, int(feed.others.size())));
        for (const FeedDiscovery::Candidate &other : feed.others)
            m_others->addItem(
                other.title.isEmpty()
                    ? DisplayUrl::withoutCredentials(other.url)
                    : QStringLiteral("%1 (%2)").arg(other.title, DisplayUrl::withoutCredentials(other.url)),
                other.url);
    }
    if (m_title->text().trimmed().isEmpty())
        m_title->setText(feed.feed.title.simplified());
    m_subscribeButton->setEnabled(true);
    m_subscribeButton->setDefault(true);
}

void AddFeedDialog::showNotFound(const QString &message)
{
    if (!m_waiting)
        return;
    setBusy(false, message);
}

void AddFeedDialog::subscribe()
{
    if (!m_found)
        return;
    QStringList folder;
    for (const QString &part : m_folder->currentText().split(u'/', Qt::SkipEmptyParts))
        if (!part.simplified().isEmpty())
            folder.append(part.simplified());
    if (folder.size() > 2) {
        setBusy(false, tr("Folders nest one level deep: give NAME or PARENT/NAME."));
        return;
    }
    m_subscribeButton->setEnabled(false);
    setBusy(true, tr("Subscribing…"));
    m_poller.subscribe(*m_found, m_title->text(), folder);
}

void AddFeedDialog::setBusy(bool busy, const QString &message)
{
    m_waiting = busy;
    m_status->setText(message);
    m_findButton->setEnabled(!busy);
    m_address->setReadOnly(busy);
}
