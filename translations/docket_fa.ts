<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>AddCommand</name>
    <message>
        <source>give one feed: a web address, a file:// URL or the path of a feed file</source>
        <translation>یک خوراک بدهید: نشانی وب، نشانی file:// یا مسیر یک پروندهٔ خوراک</translation>
    </message>
    <message>
        <source>--title needs some text</source>
        <translation>--title به متن نیاز دارد</translation>
    </message>
    <message>
        <source>--folder needs a folder name</source>
        <translation>--folder به نام پوشه نیاز دارد</translation>
    </message>
    <message>
        <source>folders nest one level deep: give --folder NAME or --folder PARENT/NAME</source>
        <translation>پوشه‌ها فقط یک سطح تودرتو می‌شوند: --folder NAME یا --folder PARENT/NAME بدهید</translation>
    </message>
    <message>
        <source>%1 is not a valid web address</source>
        <translation>%1 نشانی وب معتبری نیست</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s) stored from %1</source>
        <translation>
            <numerusform>%n رشته از %1 ذخیره شد</numerusform>
        </translation>
    </message>
    <message>
        <source>the page also links to %1</source>
        <translation>صفحه به %1 هم پیوند می‌دهد</translation>
    </message>
    <message>
        <source>the page also links to %1 (%2)</source>
        <translation>صفحه به %1 (%2) هم پیوند می‌دهد</translation>
    </message>
</context>
<context>
    <name>AddFeedDialog</name>
    <message>
        <source>Add Feed</source>
        <translation>افزودن خوراک</translation>
    </message>
    <message>
        <source>https://www.jurist.org/news/ or a feed file on this computer</source>
        <translation>https://www.jurist.org/news/ یا یک پروندهٔ خوراک روی این رایانه</translation>
    </message>
    <message>
        <source>Feed or web page address</source>
        <translation>نشانی خوراک یا صفحهٔ وب</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;یافتن</translation>
    </message>
    <message>
        <source>Find the feed at this address</source>
        <translation>یافتن خوراک در این نشانی</translation>
    </message>
    <message>
        <source>Give the address of a feed, or of a web page that links to one.</source>
        <translation>نشانی یک خوراک را بدهید، یا نشانی صفحهٔ وبی که به خوراکی پیوند می‌دهد.</translation>
    </message>
    <message>
        <source>What Docket found</source>
        <translation>آنچه داکت یافت</translation>
    </message>
    <message>
        <source>Latest threads of the feed</source>
        <translation>تازه‌ترین رشته‌های خوراک</translation>
    </message>
    <message>
        <source>Other feeds the page links to</source>
        <translation>خوراک‌های دیگری که صفحه به آن‌ها پیوند می‌دهد</translation>
    </message>
    <message>
        <source>Title to show for the feed</source>
        <translation>عنوانی که برای خوراک نشان داده می‌شود</translation>
    </message>
    <message>
        <source>Folder for the feed (empty: top level)</source>
        <translation>پوشهٔ خوراک (خالی: بالاترین سطح)</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>&amp;اشتراک</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;نشانی:</translation>
    </message>
    <message>
        <source>Latest:</source>
        <translation>تازه‌ترین‌ها:</translation>
    </message>
    <message>
        <source>Also on the page:</source>
        <translation>همچنین در صفحه:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;عنوان:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;پوشه:</translation>
    </message>
    <message>
        <source>Docket reads web (http, https) addresses and files, not %1: addresses.</source>
        <translation>داکت نشانی‌های وب (http، https) و پرونده‌ها را می‌خواند، نه نشانی‌های %1:.</translation>
    </message>
    <message>
        <source>%1 is not a valid web address.</source>
        <translation>%1 نشانی وب معتبری نیست.</translation>
    </message>
    <message>
        <source>Looking for the feed at %1…</source>
        <translation>در جست‌وجوی خوراک در %1…</translation>
    </message>
    <message numerus="yes">
        <source>Found “%1”: %n thread(s), at %2.</source>
        <translation>
            <numerusform>«%1» یافت شد: %n رشته، در %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>undated</source>
        <translation>بی‌تاریخ</translation>
    </message>
    <message numerus="yes">
        <source>%n other feed(s): choose one to use it instead</source>
        <translation>
            <numerusform>%n خوراک دیگر: یکی را برگزینید تا به جای این به کار رود</numerusform>
        </translation>
    </message>
    <message>
        <source>Folders nest one level deep: give NAME or PARENT/NAME.</source>
        <translation>پوشه‌ها فقط یک سطح تودرتو می‌شوند: NAME یا PARENT/NAME بدهید.</translation>
    </message>
    <message>
        <source>Subscribing…</source>
        <translation>در حال اشتراک…</translation>
    </message>
</context>
<context>
    <name>ArticleCapturer</name>
    <message>
        <source>The page could not be fetched.</source>
        <translation>صفحه دریافت نشد.</translation>
    </message>
    <message>
        <source>The page has no article Docket could find.</source>
        <translation>داکت در این صفحه مقاله‌ای نیافت.</translation>
    </message>
</context>
<context>
    <name>ArticleExporter</name>
    <message>
        <source>could not be written: %1</source>
        <translation>نوشته نشد: %1</translation>
    </message>
</context>
<context>
    <name>ArticleExtractor</name>
    <message>
        <source>No article found on this page</source>
        <translation>در این صفحه مقاله‌ای یافت نشد</translation>
    </message>
</context>
<context>
    <name>ArticleFacts</name>
    <message>
        <source>(no title)</source>
        <translation>(بی‌عنوان)</translation>
    </message>
    <message>
        <source>undated, retrieved %1</source>
        <translation>بی‌تاریخ، دریافت‌شده در %1</translation>
    </message>
    <message>
        <source>not given by the feed</source>
        <translation>خوراک آن را نداده است</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>نویسنده</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>تاریخ انتشار</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>تاریخ دریافت</translation>
    </message>
    <message>
        <source>Categories: %1</source>
        <translation>دسته‌ها: %1</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>پیوست:</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>ارجاع</translation>
    </message>
    <message>
        <source>Read at the source:</source>
        <translation>خواندن در منبع:</translation>
    </message>
    <message>
        <source>Retrieved from</source>
        <translation>دریافت‌شده از</translation>
    </message>
    <message>
        <source>HTTP ETag</source>
        <translation>ETag در HTTP</translation>
    </message>
    <message>
        <source>HTTP Last-Modified</source>
        <translation>Last-Modified در HTTP</translation>
    </message>
    <message>
        <source>SHA-256 of the stored text</source>
        <translation>SHA-256 متن ذخیره‌شده</translation>
    </message>
</context>
<context>
    <name>ArticleHtml</name>
    <message>
        <source>[Image]</source>
        <translation>[تصویر]</translation>
    </message>
    <message>
        <source>[Image: %1]</source>
        <translation>[تصویر: %1]</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--database needs a file path</source>
        <translation>--database به مسیر پرونده نیاز دارد</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see docket --help)</source>
        <translation>فرمان ناشناختهٔ «%1» (نگاه کنید به docket --help)</translation>
    </message>
    <message>
        <source>no command given (see docket --help)</source>
        <translation>فرمانی داده نشده (نگاه کنید به docket --help)</translation>
    </message>
    <message>
        <source>Usage: docket [--database PATH] [COMMAND [ARGUMENTS]]

Docket reads legal news. Without a command it opens the window; with one it
runs headless, does that one job and exits.

Commands:
  parse FILE|- [--base-url URL]   print one feed document as JSON

Subscriptions:
  add URL [--folder NAME] [--title TEXT]
      subscribe to a feed (http, https, a file:// URL or a path) and store
      its threads at once; prints ID&lt;tab&gt;TITLE, and on stderr how many
      threads were stored. A web page is resolved to the first feed it
      links to; the others are listed on stderr. --folder NAME or
      PARENT/NAME is created when missing. Expired threads are deleted
      afterwards, as after every poll.
  feeds [--json]
      one line per feed: ID, FOLDER (- for none), TITLE, URL, STATUS,
      THREADS, UNREAD, separated by tabs
  remove FEED_ID            unsubscribe and delete the feed&apos;s threads
  import-opml FILE|-        add another reader&apos;s subscriptions, folders
      kept; feeds already subscribed stay as they are; the file is read
      whole or not at all. Imported feeds are fetched by the next poll.
  export-opml FILE|- [--force]
      write the subscriptions as OPML 2.0; a subfolder becomes a folder
      titled PARENT/NAME. An existing FILE is replaced only with --force.
  poll [--all] [--feed ID]
      fetch the feeds that are due (--all: every feed but those stopped
      after Gone; --feed: that one, stopped or not) and store what is new.
      One line per feed: ID, STATUS (ok, not modified, error), TITLE,
      DETAIL (new and revised counts, or the reason), separated by tabs;
      then a summary line. Exit 1 when any feed failed; the others are
      stored all the same. Limits: --connect-timeout S (15),
      --idle-timeout S (20), --total-timeout S (45), --max-mb N (20),
      --max-redirects N (5).

Threads:
  list [--feed ID] [--folder NAME] [--search QUERY] [--unread] [--starred]
       [--limit N] [--sort newest|best] [--json]
      newest first (with --search: best match first unless --sort newest);
      --folder includes its subfolders; --starred: kept threads only;
      --limit 1 to 1000, 50 by default. One line per thread: ID, POSTED
      (local time; - when the feed gave none), FEED, TITLE with [kept] and
      [unread] marks, separated by tabs; with --search a fifth column (and
      &quot;snippet&quot; in JSON) shows the text around the matches, each match
      between ** and **.
      QUERY: words (all must match), &quot;exact phrase&quot;, prefix*, OR, NOT,
      -word, (groups), NEAR(a b, 10), title:word, author:word.
  show ITEM_ID [--json]     one thread as the reader shows it; --json adds
      summary, content, html (sanitised), categories, enclosures, revisions
  export (ITEM_ID... | --search QUERY | --feed ID) --format html|md|txt|pdf
         --output PATH [--force]
      threads as one document with a citation block (Bluebook and OSCOLA
      style); when PATH is an existing folder, one file each, named after
      its title. An existing file is replaced only with --force. Prints the
      files written; PDF is A4 or Letter as the locale uses.
  keep ITEM_ID... [--off]   keep threads (a legal hold: kept threads never
      expire), or release them with --off
  mark-read ITEM_ID... [--unread]
      mark threads read, or unread with --unread
      keep and mark-read change all the threads at once and print a line
      per thread that changed (one already so prints nothing); unknown ids
      are named on stderr (exit 1), a non-numeric one changes nothing (2).
  expire [--days N] [--dry-run]
      delete threads older than the retention period (21 days from their
      post time, or from when Docket first saw an undated one, unless
      changed; a feed&apos;s own period wins); kept threads stay. --days 1 to
      36500 replaces the period for this run; --dry-run only counts.

Options:
  --database PATH   the cache to use (also DOCKET_DATABASE); reading
                    commands work on a read-only one
  -h, --help        show this help
  -v, --version     show Docket&apos;s version

Exit status: 0 success; 1 the job ran but something failed; 2 bad usage or
unreadable input.
</source>
        <translation>کاربرد: docket [--database PATH] [COMMAND [ARGUMENTS]]

داکت اخبار حقوقی را می‌خواند. بدون فرمان، پنجره را باز می‌کند؛ با یک فرمان،
بدون پنجره اجرا می‌شود، همان یک کار را انجام می‌دهد و پایان می‌یابد.

فرمان‌ها:
  parse FILE|- [--base-url URL]   یک سند خوراک را به صورت JSON چاپ می‌کند

اشتراک‌ها:
  add URL [--folder NAME] [--title TEXT]
      در یک خوراک مشترک می‌شود (http، https، نشانی file:// یا یک مسیر) و
      رشته‌های آن را بی‌درنگ ذخیره می‌کند؛ ID&lt;tab&gt;TITLE را چاپ می‌کند و در
      stderr تعداد رشته‌های ذخیره‌شده را. یک صفحهٔ وب به نخستین خوراکی که به آن
      پیوند می‌دهد برگردانده می‌شود؛ بقیه در stderr فهرست می‌شوند. --folder NAME
      یا PARENT/NAME اگر نباشد ساخته می‌شود. پس از آن، مانند پس از هر بررسی،
      رشته‌های منقضی‌شده حذف می‌شوند.
  feeds [--json]
      برای هر خوراک یک سطر: ID، FOLDER (- برای هیچ)، TITLE، URL، STATUS،
      THREADS، UNREAD، جداشده با تب
  remove FEED_ID            لغو اشتراک و حذف رشته‌های خوراک
  import-opml FILE|-        اشتراک‌های یک خبرخوان دیگر را با پوشه‌هایشان
      می‌افزاید؛ خوراک‌هایی که از پیش مشترک آن‌اید دست‌نخورده می‌مانند؛ پرونده
      یا کامل خوانده می‌شود یا اصلاً. خوراک‌های واردشده در بررسی بعدی دریافت
      می‌شوند.
  export-opml FILE|- [--force]
      اشتراک‌ها را به صورت OPML 2.0 می‌نویسد؛ یک زیرپوشه به پوشه‌ای با عنوان
      PARENT/NAME تبدیل می‌شود. پروندهٔ موجود فقط با --force جایگزین می‌شود.
  poll [--all] [--feed ID]
      خوراک‌هایی را که نوبتشان رسیده دریافت می‌کند (--all: همه جز آن‌هایی که
      پس از Gone متوقف شده‌اند؛ --feed: همان یکی، متوقف یا نه) و تازه‌ها را
      ذخیره می‌کند. برای هر خوراک یک سطر: ID، STATUS (ok، not modified،
      error)، TITLE، DETAIL (تعداد تازه‌ها و بازنگری‌ها، یا دلیل)، جداشده با تب؛
      سپس یک سطر خلاصه. اگر خوراکی ناموفق باشد خروج با 1؛ بقیه به هر حال
      ذخیره می‌شوند. محدودیت‌ها: --connect-timeout S (15)،
      --idle-timeout S (20)، --total-timeout S (45)، --max-mb N (20)،
      --max-redirects N (5).

رشته‌ها:
  list [--feed ID] [--folder NAME] [--search QUERY] [--unread] [--starred]
       [--limit N] [--sort newest|best] [--json]
      تازه‌ترین‌ها نخست (با --search: بهترین تطابق‌ها نخست، مگر با
      --sort newest)؛ --folder زیرپوشه‌هایش را هم در بر می‌گیرد؛ --starred:
      فقط رشته‌های نگه‌داشته؛ --limit از 1 تا 1000، پیش‌فرض 50. برای هر رشته
      یک سطر: ID، POSTED (وقت محلی؛ - اگر خوراک زمانی نداده)، FEED، TITLE با
      نشان‌های [kept] و [unread]، جداشده با تب؛ با --search ستون پنجمی (و
      &quot;snippet&quot; در JSON) متن پیرامون تطابق‌ها را نشان می‌دهد، هر تطابق میان
      ** و **.
      QUERY: واژه‌ها (همه باید باشند)، &quot;عبارت دقیق&quot;، پیشوند*، OR، NOT،
      -واژه، (گروه‌ها)، NEAR(a b, 10)، title:واژه، author:واژه.
  show ITEM_ID [--json]     یک رشته همان‌گونه که خواننده نشان می‌دهد؛ --json
      summary، content، html (پاک‌سازی‌شده)، categories، enclosures و
      revisions را می‌افزاید
  export (ITEM_ID... | --search QUERY | --feed ID) --format html|md|txt|pdf
         --output PATH [--force]
      رشته‌ها در یک سند با بخش ارجاع (به شیوهٔ Bluebook و OSCOLA)؛ اگر PATH
      پوشه‌ای موجود باشد، برای هر رشته یک پرونده به نام عنوانش. پروندهٔ موجود
      فقط با --force جایگزین می‌شود. پرونده‌های نوشته‌شده را چاپ می‌کند؛ PDF
      بسته به تنظیمات محلی A4 یا Letter است.
  keep ITEM_ID... [--off]   رشته‌ها را نگه می‌دارد (توقیف حقوقی: رشته‌های
      نگه‌داشته هرگز منقضی نمی‌شوند)، یا با --off رها می‌کند
  mark-read ITEM_ID... [--unread]
      رشته‌ها را خوانده‌شده علامت می‌زند، یا با --unread خوانده‌نشده
      keep و mark-read همهٔ رشته‌ها را یک‌جا تغییر می‌دهند و برای هر رشتهٔ
      تغییریافته یک سطر چاپ می‌کنند (رشته‌ای که از پیش چنین است چیزی چاپ
      نمی‌کند)؛ شناسه‌های ناشناخته در stderr نام برده می‌شوند (خروج 1)، و
      شناسهٔ غیرعددی چیزی را تغییر نمی‌دهد (2).
  expire [--days N] [--dry-run]
      رشته‌های قدیمی‌تر از مدت نگهداری را حذف می‌کند (21 روز از زمان انتشار،
      یا برای رشتهٔ بی‌تاریخ از نخستین باری که داکت آن را دید، مگر آنکه تغییر
      کرده باشد؛ مدت ویژهٔ هر خوراک مقدم است)؛ رشته‌های نگه‌داشته می‌مانند.
      --days از 1 تا 36500 مدت را برای این اجرا جایگزین می‌کند؛ --dry-run فقط
      می‌شمارد.

گزینه‌ها:
  --database PATH   حافظهٔ نهانی که به کار می‌رود (یا DOCKET_DATABASE)؛
                    فرمان‌های خواندنی روی حافظهٔ فقط‌خواندنی هم کار می‌کنند
  -h, --help        نمایش این راهنما
  -v, --version     نمایش نگارش داکت

وضعیت خروج: 0 موفقیت؛ 1 کار انجام شد اما چیزی ناموفق بود؛ 2 کاربرد نادرست یا
ورودی ناخوانا.
</translation>
    </message>
</context>
<context>
    <name>ExpireCommand</name>
    <message>
        <source>takes options only, not &apos;%1&apos;</source>
        <translation>فقط گزینه می‌پذیرد، نه «%1»</translation>
    </message>
    <message>
        <source>--days takes a number of days from 1 to %1, not &apos;%2&apos;</source>
        <translation>--days تعداد روزی از 1 تا %1 می‌پذیرد، نه «%2»</translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;برون‌بری…</translation>
    </message>
    <message>
        <source>Save the current thread, the selected threads or the list as HTML, Markdown, text or PDF, each with its citation</source>
        <translation>ذخیرهٔ رشتهٔ کنونی، رشته‌های برگزیده یا فهرست به صورت HTML، Markdown، متن یا PDF، هر کدام با ارجاعش</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>برون‌بری</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 از پیش وجود دارد. جایگزین شود؟</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist in %1. Replace them?</source>
        <translation>
            <numerusform>%n پرونده از پیش در %1 وجود دارد. جایگزین شوند؟</numerusform>
        </translation>
    </message>
    <message>
        <source>An export is already being written.</source>
        <translation>یک برون‌بری هم‌اکنون در حال نوشته شدن است.</translation>
    </message>
    <message>
        <source>Reading the threads to export…</source>
        <translation>در حال خواندن رشته‌ها برای برون‌بری…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was replaced.</source>
        <translation>برون‌بری لغو شد؛ چیزی جایگزین نشد.</translation>
    </message>
    <message>
        <source>Exported %1 of %2 files…</source>
        <translation>%1 از %2 پرونده برون‌بری شد…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>به %1 برون‌بری شد.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>%n پرونده به %1 برون‌بری شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 threads of the list were exported.</source>
        <translation>فقط %1 رشتهٔ نخست فهرست برون‌بری شد.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>برون‌بری ناموفق بود: %1</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>cannot write: %1</source>
        <translation>نوشتن ممکن نیست: %1</translation>
    </message>
    <message>
        <source>could not be written: %1</source>
        <translation>نوشته نشد: %1</translation>
    </message>
    <message>
        <source>give thread ids, --search QUERY or --feed ID (see docket list)</source>
        <translation>شناسهٔ رشته‌ها، --search QUERY یا --feed ID بدهید (نگاه کنید به docket list)</translation>
    </message>
    <message>
        <source>give thread ids, --search or --feed: only one of them</source>
        <translation>شناسهٔ رشته‌ها، --search یا --feed بدهید: فقط یکی از آن‌ها</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a thread id (see docket list)</source>
        <translation>«%1» شناسهٔ رشته نیست (نگاه کنید به docket list)</translation>
    </message>
    <message>
        <source>--feed takes a feed id (see docket feeds), not &apos;%1&apos;</source>
        <translation>--feed شناسهٔ یک خوراک می‌پذیرد (نگاه کنید به docket feeds)، نه «%1»</translation>
    </message>
    <message>
        <source>give --format html, md, txt or pdf</source>
        <translation>--format html، md، txt یا pdf بدهید</translation>
    </message>
    <message>
        <source>--format takes html, md, txt or pdf, not &apos;%1&apos;</source>
        <translation>--format مقدار html، md، txt یا pdf می‌پذیرد، نه «%1»</translation>
    </message>
    <message>
        <source>PDF needs fonts, which this program could not load</source>
        <translation>PDF به قلم‌هایی نیاز دارد که این برنامه نتوانست بارگیری کند</translation>
    </message>
    <message>
        <source>give --output PATH: a file, or an existing folder for one file per thread</source>
        <translation>--output PATH بدهید: یک پرونده، یا پوشه‌ای موجود برای یک پرونده به ازای هر رشته</translation>
    </message>
    <message>
        <source>there is no folder %1</source>
        <translation>پوشهٔ %1 وجود ندارد</translation>
    </message>
    <message>
        <source>there is no folder %1 to write %2 in</source>
        <translation>پوشهٔ %1 برای نوشتن %2 در آن وجود ندارد</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it</source>
        <translation>%1 از پیش وجود دارد؛ برای جایگزینی --force را بیفزایید</translation>
    </message>
    <message>
        <source>there is no feed %1 (see docket feeds)</source>
        <translation>خوراک %1 وجود ندارد (نگاه کنید به docket feeds)</translation>
    </message>
    <message>
        <source>no threads to export; nothing written</source>
        <translation>رشته‌ای برای برون‌بری نیست؛ چیزی نوشته نشد</translation>
    </message>
    <message>
        <source>there is no thread %1: it may have expired or its feed been removed</source>
        <translation>رشتهٔ %1 وجود ندارد: شاید منقضی شده یا خوراکش برداشته شده باشد</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>One &amp;file per thread, in a folder</source>
        <translation>یک &amp;پرونده برای هر رشته، در یک پوشه</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>برون‌بری</translation>
    </message>
    <message>
        <source>The &amp;current thread: %1</source>
        <translation>رشتهٔ &amp;کنونی: %1</translation>
    </message>
    <message>
        <source>The &amp;current thread</source>
        <translation>رشتهٔ &amp;کنونی</translation>
    </message>
    <message>
        <source>The &amp;selected threads (%1)</source>
        <translation>رشته‌های &amp;برگزیده (%1)</translation>
    </message>
    <message>
        <source>The &amp;list: %1 (%2)</source>
        <translation>&amp;فهرست: %1 (%2)</translation>
    </message>
    <message>
        <source>Only the first %1 threads are exported</source>
        <translation>فقط %1 رشتهٔ نخست برون‌بری می‌شود</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (یک پروندهٔ خودبسنده)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>متن ساده</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>قالب</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>ذخیره در</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;انتخاب…</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>برون‌بری:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;قالب:</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>&amp;ذخیره در:</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>برون‌بری به پوشه</translation>
    </message>
    <message>
        <source>Export to File</source>
        <translation>برون‌بری به پرونده</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>پرونده‌های %1 (*.%2)</translation>
    </message>
    <message>
        <source>A folder</source>
        <translation>یک پوشه</translation>
    </message>
    <message>
        <source>A file</source>
        <translation>یک پرونده</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>No thread is shown to export.</source>
        <translation>رشته‌ای برای برون‌بری نمایش داده نمی‌شود.</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>جای ذخیرهٔ برون‌بری را برگزینید.</translation>
    </message>
    <message>
        <source>There is no folder %1 to save the threads in.</source>
        <translation>پوشهٔ %1 برای ذخیرهٔ رشته‌ها وجود ندارد.</translation>
    </message>
    <message>
        <source>%1 is not a file Docket can save to: choose a file name in an existing folder.</source>
        <translation>%1 پرونده‌ای نیست که داکت بتواند در آن ذخیره کند: نام پرونده‌ای در یک پوشهٔ موجود برگزینید.</translation>
    </message>
    <message>
        <source>There are no threads to export; nothing was written.</source>
        <translation>رشته‌ای برای برون‌بری نیست؛ چیزی نوشته نشد.</translation>
    </message>
    <message>
        <source>The threads are no longer in the cache; nothing was written.</source>
        <translation>رشته‌ها دیگر در حافظهٔ نهان نیستند؛ چیزی نوشته نشد.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 نوشته نشد: %2</translation>
    </message>
</context>
<context>
    <name>ExportOpmlCommand</name>
    <message>
        <source>give one file to write, or - for standard output</source>
        <translation>یک پرونده برای نوشتن بدهید، یا - برای خروجی استاندارد</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 یک پوشه است؛ نام پرونده بدهید</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it</source>
        <translation>%1 از پیش وجود دارد؛ برای جایگزینی --force را بیفزایید</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: نوشتن ممکن نیست: %2</translation>
    </message>
    <message>
        <source>%1: could not be written: %2</source>
        <translation>%1: نوشته نشد: %2</translation>
    </message>
</context>
<context>
    <name>FeedActions</name>
    <message>
        <source>Feed &amp;Properties…</source>
        <translation>&amp;ویژگی‌های خوراک…</translation>
    </message>
    <message>
        <source>Title, folder, how long threads are kept, how often to check</source>
        <translation>عنوان، پوشه، مدت نگهداری رشته‌ها، بسامد بررسی</translation>
    </message>
    <message>
        <source>Re&amp;name Feed…</source>
        <translation>تغییر &amp;نام خوراک…</translation>
    </message>
    <message>
        <source>Give the chosen feed another title</source>
        <translation>دادن عنوانی دیگر به خوراک برگزیده</translation>
    </message>
    <message>
        <source>&amp;Move to Folder…</source>
        <translation>&amp;انتقال به پوشه…</translation>
    </message>
    <message>
        <source>Put the chosen feed in a folder, new or existing</source>
        <translation>گذاشتن خوراک برگزیده در پوشه‌ای تازه یا موجود</translation>
    </message>
    <message>
        <source>Unsu&amp;bscribe…</source>
        <translation>&amp;لغو اشتراک…</translation>
    </message>
    <message>
        <source>Remove the chosen feed and delete its threads</source>
        <translation>برداشتن خوراک برگزیده و حذف رشته‌هایش</translation>
    </message>
    <message>
        <source>Unsubscribe from “%1”?</source>
        <translation>اشتراک «%1» لغو شود؟</translation>
    </message>
    <message>
        <source>It has no threads in the cache.</source>
        <translation>هیچ رشته‌ای از آن در حافظهٔ نهان نیست.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n thread(s) will be deleted from the cache</source>
        <translation>
            <numerusform>%n رشتهٔ آن از حافظهٔ نهان حذف خواهد شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, including %n you kept</source>
        <translation>
            <numerusform>، از جمله %n رشته که نگه داشته‌اید</numerusform>
        </translation>
    </message>
    <message>
        <source>Docket</source>
        <translation>داکت</translation>
    </message>
    <message>
        <source>New title for the feed:</source>
        <translation>عنوان تازهٔ خوراک:</translation>
    </message>
    <message>
        <source>Folder (leave empty for none, or type a new name):</source>
        <translation>پوشه (برای هیچ خالی بگذارید، یا نامی تازه بنویسید):</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>لغو اشتراک</translation>
    </message>
</context>
<context>
    <name>FeedCompletion</name>
    <message>
        <source>Untitled</source>
        <translation>بی‌عنوان</translation>
    </message>
</context>
<context>
    <name>FeedFetcher</name>
    <message>
        <source>The address is not a valid web address</source>
        <translation>این نشانی، نشانی وب معتبری نیست</translation>
    </message>
    <message>
        <source>Docket fetches only http and https addresses, not %1: ones</source>
        <translation>داکت فقط نشانی‌های http و https را دریافت می‌کند، نه نشانی‌های %1:</translation>
    </message>
    <message>
        <source>Docket&apos;s network connection was closed</source>
        <translation>اتصال شبکهٔ داکت بسته شد</translation>
    </message>
    <message>
        <source>The server sent more than %1; Docket stopped reading</source>
        <translation>کارساز بیش از %1 فرستاد؛ داکت خواندن را متوقف کرد</translation>
    </message>
    <message>
        <source>The server %1 answered with something other than HTTP</source>
        <translation>کارساز %1 با چیزی جز HTTP پاسخ داد</translation>
    </message>
    <message>
        <source>The server did not answer within %1</source>
        <translation>کارساز در %1 پاسخ نداد</translation>
    </message>
    <message>
        <source>The server stopped sending for %1; Docket gave up</source>
        <translation>کارساز %1 چیزی نفرستاد؛ داکت دست کشید</translation>
    </message>
    <message>
        <source>The server took longer than %1 in all; Docket stopped waiting</source>
        <translation>کارساز روی هم بیش از %1 طول کشید؛ داکت دیگر منتظر نماند</translation>
    </message>
</context>
<context>
    <name>FeedParser</name>
    <message>
        <source>Not a feed: this is a web page (HTML)</source>
        <translation>خوراک نیست: این یک صفحهٔ وب (HTML) است</translation>
    </message>
    <message>
        <source>it has no elements</source>
        <translation>هیچ عنصری ندارد</translation>
    </message>
    <message>
        <source>Not a feed: the document is not XML (%1)</source>
        <translation>خوراک نیست: سند XML نیست (%1)</translation>
    </message>
    <message>
        <source>Not a feed: the document is &lt;%1&gt;, not RSS, RDF or Atom</source>
        <translation>خوراک نیست: سند &lt;%1&gt; است، نه RSS، RDF یا Atom</translation>
    </message>
    <message>
        <source>the document breaks here: %1</source>
        <translation>سند در اینجا می‌شکند: %1</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 مورد</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 مورد</translation>
    </message>
    <message>
        <source>the document breaks at %1:%2: %3; %4 read before it</source>
        <translation>سند در %1:%2 می‌شکند: %3؛ پیش از آن %4 خوانده شد</translation>
    </message>
    <message>
        <source>the document is too large: %1 bytes, over the limit of %2 bytes</source>
        <translation>سند بیش از اندازه بزرگ است: %1 بایت، بیش از حد %2 بایت</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>سند خالی است</translation>
    </message>
</context>
<context>
    <name>FeedPropertiesDialog</name>
    <message>
        <source>Feed Properties</source>
        <translation>ویژگی‌های خوراک</translation>
    </message>
    <message>
        <source>Feed title</source>
        <translation>عنوان خوراک</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>پوشه</translation>
    </message>
    <message>
        <source>No folder (type a name for a new one)</source>
        <translation>بدون پوشه (برای پوشهٔ تازه نامی بنویسید)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message numerus="yes">
        <source>The global setting (%n day(s))</source>
        <translation>
            <numerusform>تنظیم کلی (%n روز)</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep this feed&apos;s threads for this many days</source>
        <translation>مدت نگهداری رشته‌های این خوراک، به روز</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> دقیقه</translation>
    </message>
    <message numerus="yes">
        <source>The global setting (every %n minute(s))</source>
        <translation>
            <numerusform>تنظیم کلی (هر %n دقیقه)</numerusform>
        </translation>
    </message>
    <message>
        <source>Check this feed every this many minutes</source>
        <translation>فاصلهٔ بررسی این خوراک، به دقیقه</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;پوشه:</translation>
    </message>
    <message>
        <source>&amp;Keep threads for:</source>
        <translation>&amp;نگهداری رشته‌ها به مدت:</translation>
    </message>
    <message>
        <source>&amp;Check every:</source>
        <translation>&amp;بررسی هر:</translation>
    </message>
    <message>
        <source>Fetch the full article of new threads</source>
        <translation>دریافت مقالهٔ کامل رشته‌های تازه</translation>
    </message>
    <message>
        <source>When the feed sends only a summary</source>
        <translation>وقتی خوراک فقط چکیده می‌فرستد</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>همیشه</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <source>Full &amp;articles:</source>
        <translation>&amp;مقاله‌های کامل:</translation>
    </message>
</context>
<context>
    <name>FeedsCommand</name>
    <message>
        <source>takes no arguments, not &apos;%1&apos;</source>
        <translation>هیچ آرگومانی نمی‌پذیرد، نه «%1»</translation>
    </message>
</context>
<context>
    <name>FetchMessage</name>
    <message>
        <source>the server</source>
        <translation>کارساز</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 ثانیه</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 ثانیه</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 دقیقه</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 ساعت</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 روز</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 مگابایت</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 کیلوبایت</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 بایت</translation>
    </message>
    <message>
        <source>The server did not understand Docket&apos;s request (HTTP 400)</source>
        <translation>کارساز درخواست داکت را نفهمید (HTTP 400)</translation>
    </message>
    <message>
        <source>The server asks for a user name and password, and did not accept the ones given (HTTP 401)</source>
        <translation>کارساز نام کاربری و گذرواژه می‌خواهد و آنچه داده شد را نپذیرفت (HTTP 401)</translation>
    </message>
    <message>
        <source>The server refused access to this feed (HTTP 403)</source>
        <translation>کارساز دسترسی به این خوراک را نپذیرفت (HTTP 403)</translation>
    </message>
    <message>
        <source>Not found (HTTP 404)</source>
        <translation>یافت نشد (HTTP 404)</translation>
    </message>
    <message>
        <source>Gone: the publisher removed this feed (HTTP 410)</source>
        <translation>از میان رفته: ناشر این خوراک را برداشته است (HTTP 410)</translation>
    </message>
    <message>
        <source>Too many requests: the server asked Docket to wait %1 (HTTP 429)</source>
        <translation>درخواست‌های بیش از حد: کارساز از داکت خواست %1 صبر کند (HTTP 429)</translation>
    </message>
    <message>
        <source>Too many requests: the server asked Docket to slow down (HTTP 429)</source>
        <translation>درخواست‌های بیش از حد: کارساز از داکت خواست آهسته‌تر کند (HTTP 429)</translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP 500)</source>
        <translation>کارساز دچار خطای درونی شد (HTTP 500)</translation>
    </message>
    <message>
        <source>A gateway in front of the server failed (HTTP %1)</source>
        <translation>دروازه‌ای پیش از کارساز از کار افتاد (HTTP %1)</translation>
    </message>
    <message>
        <source>The server is unavailable for now and asked Docket to wait %1 (HTTP 503)</source>
        <translation>کارساز فعلاً در دسترس نیست و از داکت خواست %1 صبر کند (HTTP 503)</translation>
    </message>
    <message>
        <source>The server is unavailable for now (HTTP 503)</source>
        <translation>کارساز فعلاً در دسترس نیست (HTTP 503)</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1)</source>
        <translation>کارساز از کار افتاد (HTTP %1)</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1)</source>
        <translation>کارساز درخواست را نپذیرفت (HTTP %1)</translation>
    </message>
    <message>
        <source>The server gave an answer Docket cannot use (HTTP %1)</source>
        <translation>کارساز پاسخی داد که داکت نمی‌تواند به کار ببرد (HTTP %1)</translation>
    </message>
    <message>
        <source>The server %1 refused the connection</source>
        <translation>کارساز %1 اتصال را نپذیرفت</translation>
    </message>
    <message>
        <source>The server %1 broke off the connection before sending the whole feed</source>
        <translation>کارساز %1 پیش از فرستادن کل خوراک اتصال را قطع کرد</translation>
    </message>
    <message>
        <source>No server named %1 could be found; check the address</source>
        <translation>کارسازی به نام %1 یافت نشد؛ نشانی را بررسی کنید</translation>
    </message>
    <message>
        <source>The connection to %1 timed out</source>
        <translation>مهلت اتصال به %1 به سر رسید</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate could not be trusted</source>
        <translation>اتصال امن به %1 ناموفق بود: گواهی آن قابل اعتماد نیست</translation>
    </message>
    <message>
        <source>The network is not available; check the internet connection</source>
        <translation>شبکه در دسترس نیست؛ اتصال اینترنت را بررسی کنید</translation>
    </message>
    <message>
        <source>The proxy server could not be reached; check the proxy settings</source>
        <translation>دسترسی به کارساز پراکسی ممکن نشد؛ تنظیمات پراکسی را بررسی کنید</translation>
    </message>
    <message>
        <source>The proxy server asks for a user name and password</source>
        <translation>کارساز پراکسی نام کاربری و گذرواژه می‌خواهد</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>اتصال به %1 ناموفق بود: %2</translation>
    </message>
</context>
<context>
    <name>FolderArgument</name>
    <message>
        <source>A folder needs a name.</source>
        <translation>پوشه به نام نیاز دارد.</translation>
    </message>
</context>
<context>
    <name>HtmlExporter</name>
    <message numerus="yes">
        <source>%n articles</source>
        <translation>
            <numerusform>%n مقاله</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageConsentBar</name>
    <message>
        <source>Load images</source>
        <translation>بارگیری تصویرها</translation>
    </message>
    <message>
        <source>Always for this feed</source>
        <translation>همیشه برای این خوراک</translation>
    </message>
    <message>
        <source>Remote images</source>
        <translation>تصویرهای دوردست</translation>
    </message>
    <message>
        <source>Load images for this article</source>
        <translation>بارگیری تصویرهای این مقاله</translation>
    </message>
    <message>
        <source>Always load images for this feed</source>
        <translation>بارگیری همیشگی تصویرهای این خوراک</translation>
    </message>
    <message>
        <source>This article has images from %1.</source>
        <translation>این مقاله تصویرهایی از %1 دارد.</translation>
    </message>
</context>
<context>
    <name>ImportOpmlCommand</name>
    <message>
        <source>give one OPML file, or - for standard input</source>
        <translation>یک پروندهٔ OPML بدهید، یا - برای ورودی استاندارد</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>takes options only, not &apos;%1&apos;</source>
        <translation>فقط گزینه می‌پذیرد، نه «%1»</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to %1, not &apos;%2&apos;</source>
        <translation>--limit عددی از 1 تا %1 می‌پذیرد، نه «%2»</translation>
    </message>
    <message>
        <source>--feed takes a feed id (see docket feeds), not &apos;%1&apos;</source>
        <translation>--feed شناسهٔ یک خوراک می‌پذیرد (نگاه کنید به docket feeds)، نه «%1»</translation>
    </message>
    <message>
        <source>--sort best needs --search</source>
        <translation>--sort best به --search نیاز دارد</translation>
    </message>
    <message>
        <source>--sort takes newest or best, not &apos;%1&apos;</source>
        <translation>--sort مقدار newest یا best می‌پذیرد، نه «%1»</translation>
    </message>
    <message>
        <source>there is no feed %1 (see docket feeds)</source>
        <translation>خوراک %1 وجود ندارد (نگاه کنید به docket feeds)</translation>
    </message>
    <message>
        <source>there is no folder called &quot;%1&quot;</source>
        <translation>پوشه‌ای به نام «%1» وجود ندارد</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Docket</source>
        <translation>داکت</translation>
    </message>
    <message>
        <source>The cache %1 could not be opened: %2</source>
        <translation>حافظهٔ نهان %1 باز نشد: %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n thread(s) past the retention period.</source>
        <translation>
            <numerusform>%n رشتهٔ گذشته از مدت نگهداری حذف شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>منبع‌ها</translation>
    </message>
    <message>
        <source>Search threads (Ctrl+F or /)</source>
        <translation>جست‌وجو در رشته‌ها (Ctrl+F یا /)</translation>
    </message>
    <message>
        <source>Search threads</source>
        <translation>جست‌وجو در رشته‌ها</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>رشته‌ها</translation>
    </message>
    <message>
        <source>Docket opens only web and mail links; not opened: %1</source>
        <translation>داکت فقط پیوندهای وب و رایانامه را باز می‌کند؛ باز نشد: %1</translation>
    </message>
    <message>
        <source>&amp;Add Feed…</source>
        <translation>&amp;افزودن خوراک…</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>&amp;درون‌ریزی OPML…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تازه‌سازی</translation>
    </message>
    <message>
        <source>Mark All &amp;Read</source>
        <translation>علامت‌گذاری همه به عنوان &amp;خوانده‌شده</translation>
    </message>
    <message>
        <source>&amp;Next Thread</source>
        <translation>رشتهٔ &amp;بعدی</translation>
    </message>
    <message>
        <source>&amp;Previous Thread</source>
        <translation>رشتهٔ &amp;قبلی</translation>
    </message>
    <message>
        <source>Next &amp;Unread</source>
        <translation>&amp;خوانده‌نشدهٔ بعدی</translation>
    </message>
    <message>
        <source>Toggle &amp;Read</source>
        <translation>&amp;تغییر وضعیت خواندن</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;نگه‌داشتن</translation>
    </message>
    <message>
        <source>&amp;Open Original</source>
        <translation>باز کردن &amp;اصل</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;جست‌وجو</translation>
    </message>
    <message>
        <source>Sa&amp;ve Search…</source>
        <translation>&amp;ذخیرهٔ جست‌وجو…</translation>
    </message>
    <message>
        <source>Save the search box&apos;s query by name, to run it again from the sources</source>
        <translation>ذخیرهٔ پرس‌وجوی جعبهٔ جست‌وجو با یک نام، تا از میان منبع‌ها دوباره اجرا شود</translation>
    </message>
    <message>
        <source>&amp;Delete Saved Search</source>
        <translation>&amp;حذف جست‌وجوی ذخیره‌شده</translation>
    </message>
    <message>
        <source>Scroll the article, then go to the next unread thread (Space)</source>
        <translation>پیمایش مقاله، سپس رفتن به رشتهٔ خوانده‌نشدهٔ بعدی (فاصله)</translation>
    </message>
    <message>
        <source>&amp;Thread</source>
        <translation>&amp;رشته</translation>
    </message>
    <message>
        <source>F&amp;eeds</source>
        <translation>&amp;خوراک‌ها</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>اصلی</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>نوار ابزار اصلی</translation>
    </message>
    <message>
        <source>&amp;Problems…</source>
        <translation>&amp;مشکلات…</translation>
    </message>
    <message>
        <source>Feeds whose last fetch failed, and why</source>
        <translation>خوراک‌هایی که آخرین دریافتشان ناموفق بود، و چرا</translation>
    </message>
    <message>
        <source>Best matches for %1</source>
        <translation>بهترین تطابق‌ها برای %1</translation>
    </message>
    <message>
        <source>This thread is no longer in the cache.</source>
        <translation>این رشته دیگر در حافظهٔ نهان نیست.</translation>
    </message>
    <message>
        <source>No more unread threads here.</source>
        <translation>اینجا رشتهٔ خوانده‌نشدهٔ دیگری نیست.</translation>
    </message>
    <message>
        <source>This thread has no web address to open.</source>
        <translation>این رشته نشانی وبی برای باز کردن ندارد.</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>ذخیرهٔ جست‌وجو</translation>
    </message>
    <message>
        <source>Name for the search:</source>
        <translation>نام جست‌وجو:</translation>
    </message>
    <message>
        <source>The search was not saved: %1</source>
        <translation>جست‌وجو ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>Saved the search “%1”.</source>
        <translation>جست‌وجوی «%1» ذخیره شد.</translation>
    </message>
    <message>
        <source>The saved search was not deleted: %1</source>
        <translation>جست‌وجوی ذخیره‌شده حذف نشد: %1</translation>
    </message>
    <message>
        <source>Deleted the saved search “%1”.</source>
        <translation>جست‌وجوی ذخیره‌شدهٔ «%1» حذف شد.</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>در حال افزودن %1…</translation>
    </message>
    <message numerus="yes">
        <source>Subscribed to %1: %n thread(s) stored.</source>
        <translation>
            <numerusform>مشترک %1 شدید: %n رشته ذخیره شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>درون‌ریزی OPML</translation>
    </message>
    <message>
        <source>Subscription lists (*.opml *.xml);;All files (*)</source>
        <translation>فهرست‌های اشتراک (*.opml *.xml);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>در حال درون‌ریزی %1…</translation>
    </message>
    <message>
        <source>Docket is already fetching feeds.</source>
        <translation>داکت هم‌اکنون در حال دریافت خوراک‌هاست.</translation>
    </message>
    <message>
        <source>Choose a feed, or All threads, to mark read.</source>
        <translation>یک خوراک، یا «همهٔ رشته‌ها» را برای علامت‌گذاری به عنوان خوانده‌شده برگزینید.</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>&amp;ابزارها</translation>
    </message>
    <message>
        <source>Subscribing to the starter feeds…</source>
        <translation>در حال اشتراک در خوراک‌های آغازین…</translation>
    </message>
    <message>
        <source>the starter feeds</source>
        <translation>خوراک‌های آغازین</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>رونوشت شد: %1</translation>
    </message>
    <message>
        <source>%1, search “%2”</source>
        <translation>%1، جست‌وجوی «%2»</translation>
    </message>
</context>
<context>
    <name>ParseCommand</name>
    <message>
        <source>give one feed file, or - for standard input</source>
        <translation>یک پروندهٔ خوراک بدهید، یا - برای ورودی استاندارد</translation>
    </message>
    <message>
        <source>--base-url needs an absolute URL, not &apos;%1&apos;</source>
        <translation>--base-url به نشانی مطلق نیاز دارد، نه «%1»</translation>
    </message>
    <message>
        <source>--max-bytes needs a positive number of bytes</source>
        <translation>--max-bytes به تعداد مثبتی بایت نیاز دارد</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>retrieved %1</source>
        <translation>دریافت‌شده در %1</translation>
    </message>
    <message numerus="yes">
        <source>%n articles</source>
        <translation>
            <numerusform>%n مقاله</numerusform>
        </translation>
    </message>
    <message>
        <source>could not start the PDF</source>
        <translation>آغاز PDF ممکن نشد</translation>
    </message>
    <message>
        <source>could not add a page</source>
        <translation>افزودن صفحه ممکن نشد</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>صفحهٔ %1 از %2</translation>
    </message>
    <message>
        <source>could not finish the PDF</source>
        <translation>پایان دادن به PDF ممکن نشد</translation>
    </message>
</context>
<context>
    <name>PollCommand</name>
    <message>
        <source>takes no arguments, not &apos;%1&apos;</source>
        <translation>هیچ آرگومانی نمی‌پذیرد، نه «%1»</translation>
    </message>
    <message>
        <source>give --all or --feed ID, not both</source>
        <translation>--all یا --feed ID بدهید، نه هر دو</translation>
    </message>
    <message>
        <source>--feed needs a feed id (see docket feeds), not &apos;%1&apos;</source>
        <translation>--feed به شناسهٔ یک خوراک نیاز دارد (نگاه کنید به docket feeds)، نه «%1»</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 عدد صحیحی از %2 تا %3 می‌پذیرد، نه «%4»</translation>
    </message>
    <message>
        <source>there is no feed %1 (see docket feeds)</source>
        <translation>خوراک %1 وجود ندارد (نگاه کنید به docket feeds)</translation>
    </message>
</context>
<context>
    <name>PollFeedback</name>
    <message>
        <source>Feeds polled</source>
        <translation>خوراک‌های بررسی‌شده</translation>
    </message>
    <message>
        <source>%v of %m feeds</source>
        <translation>%v از %m خوراک</translation>
    </message>
    <message>
        <source>No feed was due for a fetch.</source>
        <translation>نوبت دریافت هیچ خوراکی نرسیده بود.</translation>
    </message>
    <message numerus="yes">
        <source>Polled %n feed(s): </source>
        <translation>
            <numerusform>%n خوراک بررسی شد: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new thread(s)</source>
        <translation>
            <numerusform>%n رشتهٔ تازه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n revised</source>
        <translation>
            <numerusform>، %n بازنگری‌شده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n failed (see Feeds ▸ Problems)</source>
        <translation>
            <numerusform>؛ %n ناموفق (نگاه کنید به خوراک‌ها ▸ مشکلات)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n feed(s)…</source>
        <translation>
            <numerusform>در حال دریافت %n خوراک…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PollWorker</name>
    <message>
        <source>Could not open the cache %1: %2</source>
        <translation>حافظهٔ نهان %1 باز نشد: %2</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Problems</source>
        <translation>مشکلات</translation>
    </message>
    <message>
        <source>Feeds whose last fetch failed</source>
        <translation>خوراک‌هایی که آخرین دریافتشان ناموفق بود</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>خوراک</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <source>Failing since</source>
        <translation>ناموفق از</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>تلاش بعدی</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;تلاش دوباره</translation>
    </message>
    <message>
        <source>Fetch the chosen feed again now</source>
        <translation>دریافت دوبارهٔ خوراک برگزیده هم‌اکنون</translation>
    </message>
    <message>
        <source>Docket could not read the feeds: %1</source>
        <translation>داکت نتوانست خوراک‌ها را بخواند: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n failed fetch(es) in a row)</source>
        <translation>
            <numerusform>%1 (%n دریافت ناموفق پیاپی)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: Try Again to resume</source>
        <translation>متوقف: برای ادامه «تلاش دوباره» را بزنید</translation>
    </message>
    <message>
        <source>Every feed fetched without a problem last time.</source>
        <translation>دفعهٔ پیش همهٔ خوراک‌ها بی‌مشکل دریافت شدند.</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) failed on their last fetch. Their threads are still here; Docket keeps trying, waiting longer after each failure.</source>
        <translation>
            <numerusform>%n خوراک در آخرین دریافت ناموفق بود. رشته‌هایشان هنوز اینجاست؛ داکت به تلاش ادامه می‌دهد و پس از هر شکست بیشتر صبر می‌کند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching again…</source>
        <translation>در حال دریافت دوباره…</translation>
    </message>
</context>
<context>
    <name>ProvenanceHtml</name>
    <message>
        <source>(none sent)</source>
        <translation>(فرستاده نشد)</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>تاریخ دریافت</translation>
    </message>
    <message>
        <source>Final URL</source>
        <translation>نشانی نهایی</translation>
    </message>
    <message>
        <source>ETag</source>
        <translation>ETag</translation>
    </message>
    <message>
        <source>Last-Modified</source>
        <translation>Last-Modified</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Feed item</source>
        <translation>مورد خوراک</translation>
    </message>
    <message>
        <source>Full article</source>
        <translation>مقالهٔ کامل</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>خاستگاه</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 خوانده نشد: %2</translation>
    </message>
    <message>
        <source>A feed needs a title.</source>
        <translation>خوراک به عنوان نیاز دارد.</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Article</source>
        <translation>مقاله</translation>
    </message>
    <message>
        <source>Copy &amp;Citation</source>
        <translation>&amp;رونوشت ارجاع</translation>
    </message>
    <message>
        <source>Put the article&apos;s Bluebook citation on the clipboard</source>
        <translation>گذاشتن ارجاع Bluebook مقاله در تخته‌گیره</translation>
    </message>
    <message>
        <source>Copy OSCOLA Citation</source>
        <translation>رونوشت ارجاع OSCOLA</translation>
    </message>
    <message>
        <source>Put the article&apos;s OSCOLA citation on the clipboard</source>
        <translation>گذاشتن ارجاع OSCOLA مقاله در تخته‌گیره</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>متن مقاله</translation>
    </message>
    <message>
        <source>Feed &amp;Summary</source>
        <translation>&amp;چکیدهٔ خوراک</translation>
    </message>
    <message>
        <source>Show the text the feed sent</source>
        <translation>نمایش متنی که خوراک فرستاد</translation>
    </message>
    <message>
        <source>&amp;Full Article</source>
        <translation>&amp;مقالهٔ کامل</translation>
    </message>
    <message>
        <source>Show the whole article Docket fetched from its page</source>
        <translation>نمایش کل مقاله‌ای که داکت از صفحه‌اش دریافت کرد</translation>
    </message>
</context>
<context>
    <name>RedirectRule</name>
    <message>
        <source>The server redirected Docket without saying where to (HTTP %1)</source>
        <translation>کارساز داکت را بی آنکه بگوید به کجا، تغییر مسیر داد (HTTP %1)</translation>
    </message>
    <message>
        <source>The server redirected Docket to an address that is not valid (HTTP %1)</source>
        <translation>کارساز داکت را به نشانی نامعتبری تغییر مسیر داد (HTTP %1)</translation>
    </message>
    <message>
        <source>The server redirected Docket more than %1 times; Docket stopped following</source>
        <translation>کارساز داکت را بیش از %1 بار تغییر مسیر داد؛ داکت دیگر دنبال نکرد</translation>
    </message>
    <message>
        <source>The redirect leads to a %1: address, which Docket never follows</source>
        <translation>تغییر مسیر به یک نشانی %1: می‌رسد که داکت هرگز دنبال نمی‌کند</translation>
    </message>
    <message>
        <source>The redirect leads from a secure https: address to an insecure http: one, which Docket does not follow</source>
        <translation>تغییر مسیر از نشانی امن https: به نشانی ناامن http: می‌رود که داکت دنبال نمی‌کند</translation>
    </message>
</context>
<context>
    <name>RemoveCommand</name>
    <message>
        <source>give the id of one feed (see docket feeds)</source>
        <translation>شناسهٔ یک خوراک را بدهید (نگاه کنید به docket feeds)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a feed id (see docket feeds)</source>
        <translation>«%1» شناسهٔ خوراک نیست (نگاه کنید به docket feeds)</translation>
    </message>
    <message>
        <source>there is no feed %1 (see docket feeds)</source>
        <translation>خوراک %1 وجود ندارد (نگاه کنید به docket feeds)</translation>
    </message>
</context>
<context>
    <name>SettingsCommand</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;تنظیمات…</translation>
    </message>
    <message>
        <source>Retention, polling, images, proxy, language, tray and notices</source>
        <translation>نگهداری، بررسی، تصویرها، پراکسی، زبان، سینی سامانه و اعلان‌ها</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>تنظیمات ذخیره شد.</translation>
    </message>
    <message>
        <source>The new language takes effect the next time Docket starts.</source>
        <translation>زبان تازه از اجرای بعدی داکت به کار می‌رود.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <source>Keep threads for this many days</source>
        <translation>مدت نگهداری رشته‌ها، به روز</translation>
    </message>
    <message>
        <source>Threads older than this are deleted, unless you keep them or their feed says otherwise.</source>
        <translation>رشته‌های قدیمی‌تر حذف می‌شوند، مگر آنکه آن‌ها را نگه دارید یا خوراکشان چیز دیگری بگوید.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source>Check feeds every this many minutes</source>
        <translation>فاصلهٔ بررسی خوراک‌ها، به دقیقه</translation>
    </message>
    <message>
        <source>Images from other servers</source>
        <translation>تصویرهای کارسازهای دیگر</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>هر بار پرسیده شود</translation>
    </message>
    <message>
        <source>Always load</source>
        <translation>همیشه بارگیری شود</translation>
    </message>
    <message>
        <source>Never load</source>
        <translation>هرگز بارگیری نشود</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>پراکسی</translation>
    </message>
    <message>
        <source>The system&apos;s settings</source>
        <translation>تنظیمات سامانه</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>بدون پراکسی</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>پراکسی HTTP</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>پراکسی SOCKS5</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>میزبان پراکسی</translation>
    </message>
    <message>
        <source>proxy.example.org</source>
        <translation>proxy.example.org</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>درگاه پراکسی</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>زبان سامانه</translation>
    </message>
    <message>
        <source>Start in the tray, and hide there when the window is closed</source>
        <translation>آغاز در سینی سامانه و پنهان شدن در آن هنگام بستن پنجره</translation>
    </message>
    <message>
        <source>Start in the tray</source>
        <translation>آغاز در سینی سامانه</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>این میزکار سینی سامانه ندارد.</translation>
    </message>
    <message>
        <source>Tell me when new threads arrive</source>
        <translation>رسیدن رشته‌های تازه را به من خبر بده</translation>
    </message>
    <message>
        <source>Notify on new threads</source>
        <translation>اعلان رشته‌های تازه</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>درگاه:</translation>
    </message>
    <message>
        <source>&amp;Keep threads for:</source>
        <translation>&amp;نگهداری رشته‌ها به مدت:</translation>
    </message>
    <message>
        <source>&amp;Check feeds every:</source>
        <translation>&amp;بررسی خوراک‌ها هر:</translation>
    </message>
    <message>
        <source>&amp;Images from other servers:</source>
        <translation>&amp;تصویرهای کارسازهای دیگر:</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;پراکسی:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Docket starts.</source>
        <translation>زبان تازه از اجرای بعدی داکت به کار می‌رود.</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>give the id of one thread (see docket list)</source>
        <translation>شناسهٔ یک رشته را بدهید (نگاه کنید به docket list)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a thread id (see docket list)</source>
        <translation>«%1» شناسهٔ رشته نیست (نگاه کنید به docket list)</translation>
    </message>
    <message>
        <source>there is no thread %1: it may have expired or its feed been removed</source>
        <translation>رشتهٔ %1 وجود ندارد: شاید منقضی شده یا خوراکش برداشته شده باشد</translation>
    </message>
</context>
<context>
    <name>SourceTreeModel</name>
    <message>
        <source>All threads</source>
        <translation>همهٔ رشته‌ها</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>خوانده‌نشده</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>نگه‌داشته</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>جست‌وجوهای ذخیره‌شده</translation>
    </message>
    <message>
        <source>Saved search: %1</source>
        <translation>جست‌وجوی ذخیره‌شده: %1</translation>
    </message>
    <message>
        <source>Searches saved by name; choose one to run it again</source>
        <translation>جست‌وجوهایی که با نام ذخیره شده‌اند؛ یکی را برای اجرای دوباره برگزینید</translation>
    </message>
    <message>
        <source>The last fetch failed: %1</source>
        <translation>آخرین دریافت ناموفق بود: %1</translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>نگه‌داشته: %1</translation>
    </message>
    <message>
        <source>Unread: %1</source>
        <translation>خوانده‌نشده: %1</translation>
    </message>
    <message>
        <source>%1, saved search for %2</source>
        <translation>%1، جست‌وجوی ذخیره‌شده برای %2</translation>
    </message>
    <message>
        <source>%1, %2 unread</source>
        <translation>%1، %2 خوانده‌نشده</translation>
    </message>
    <message>
        <source>%1, %2 unread, last fetch failed</source>
        <translation>%1، %2 خوانده‌نشده، آخرین دریافت ناموفق</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>the server declared %1</source>
        <translation>کارساز %1 را اعلام کرد</translation>
    </message>
    <message>
        <source>declared %1</source>
        <translation>%1 اعلام شده</translation>
    </message>
    <message>
        <source>some bytes are not valid %1 and show as replacement characters</source>
        <translation>برخی بایت‌ها %1 معتبر نیستند و به صورت نویسهٔ جایگزین نمایش داده می‌شوند</translation>
    </message>
    <message>
        <source>%1 but the bytes are UTF-8; read as UTF-8</source>
        <translation>%1 اما بایت‌ها UTF-8 هستند؛ به صورت UTF-8 خوانده شد</translation>
    </message>
    <message>
        <source>%1 but holds bytes beyond ASCII; read as windows-1252</source>
        <translation>%1 اما بایت‌هایی بیرون از ASCII دارد؛ به صورت windows-1252 خوانده شد</translation>
    </message>
    <message>
        <source>%1 but the bytes are windows-1252</source>
        <translation>%1 اما بایت‌ها windows-1252 هستند</translation>
    </message>
    <message>
        <source>%1 but the bytes are not valid UTF-8; read as windows-1252</source>
        <translation>%1 اما بایت‌ها UTF-8 معتبر نیستند؛ به صورت windows-1252 خوانده شد</translation>
    </message>
    <message>
        <source>%1 but the bytes are not valid UTF-8; ignored</source>
        <translation>%1 اما بایت‌ها UTF-8 معتبر نیستند؛ نادیده گرفته شد</translation>
    </message>
    <message>
        <source>%1, which is not an encoding Docket knows; ignored</source>
        <translation>%1، که رمزگذاری‌ای نیست که داکت بشناسد؛ نادیده گرفته شد</translation>
    </message>
    <message>
        <source>%1 but the bytes cannot be in that encoding; ignored</source>
        <translation>%1 اما بایت‌ها نمی‌توانند در آن رمزگذاری باشند؛ نادیده گرفته شد</translation>
    </message>
    <message>
        <source>%1, which this system cannot read; ignored</source>
        <translation>%1، که این سامانه نمی‌تواند بخواند؛ نادیده گرفته شد</translation>
    </message>
    <message>
        <source>the bytes are not valid UTF-8; read as windows-1252</source>
        <translation>بایت‌ها UTF-8 معتبر نیستند؛ به صورت windows-1252 خوانده شد</translation>
    </message>
    <message>
        <source>%1 but the document starts with a %2 byte order mark; read as %2</source>
        <translation>%1 اما سند با نشانهٔ ترتیب بایت %2 آغاز می‌شود؛ به صورت %2 خوانده شد</translation>
    </message>
    <message>
        <source>%1 but the bytes are %2; read as %2</source>
        <translation>%1 اما بایت‌ها %2 هستند؛ به صورت %2 خوانده شد</translation>
    </message>
</context>
<context>
    <name>ThreadDocument</name>
    <message>
        <source>Kept</source>
        <translation>نگه‌داشته</translation>
    </message>
    <message>
        <source>Deleted today unless kept</source>
        <translation>امروز حذف می‌شود، مگر آنکه نگه داشته شود</translation>
    </message>
    <message>
        <source>Deleted in 1 day unless kept</source>
        <translation>1 روز دیگر حذف می‌شود، مگر آنکه نگه داشته شود</translation>
    </message>
    <message>
        <source>Deleted in %1 days unless kept</source>
        <translation>%1 روز دیگر حذف می‌شود، مگر آنکه نگه داشته شود</translation>
    </message>
    <message>
        <source>Fetching the full article…</source>
        <translation>در حال دریافت مقالهٔ کامل…</translation>
    </message>
    <message>
        <source>The full article could not be fetched.</source>
        <translation>مقالهٔ کامل دریافت نشد.</translation>
    </message>
    <message>
        <source>The full article could not be fetched: %1</source>
        <translation>مقالهٔ کامل دریافت نشد: %1</translation>
    </message>
    <message>
        <source>The full article page had no article text.</source>
        <translation>صفحهٔ مقالهٔ کامل متن مقاله‌ای نداشت.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بی‌عنوان)</translation>
    </message>
    <message>
        <source>started this thread</source>
        <translation>این رشته را آغاز کرد</translation>
    </message>
    <message>
        <source>Closed · not open for replies</source>
        <translation>بسته‌شده · امکان پاسخ‌دادن نیست</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>دسته‌ها:</translation>
    </message>
    <message>
        <source>Continue reading at %1</source>
        <translation>ادامهٔ خواندن در %1</translation>
    </message>
</context>
<context>
    <name>ThreadListModel</name>
    <message>
        <source>Kept</source>
        <translation>نگه‌داشته</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>منقضی‌شده</translation>
    </message>
    <message>
        <source>today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation>1 روز دیگر</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>%1 روز دیگر</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بی‌عنوان)</translation>
    </message>
    <message>
        <source>read</source>
        <translation>خوانده‌شده</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>خوانده‌نشده</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>نگه‌داشته</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>تطابق</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>تاریخ انتشار</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>انقضا</translation>
    </message>
</context>
<context>
    <name>ThreadMarking</name>
    <message>
        <source>give one or more thread ids (see docket list)</source>
        <translation>شناسهٔ یک یا چند رشته را بدهید (نگاه کنید به docket list)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a thread id (see docket list); nothing was changed</source>
        <translation>«%1» شناسهٔ رشته نیست (نگاه کنید به docket list)؛ چیزی تغییر نکرد</translation>
    </message>
    <message>
        <source>no such thread: %1 (expired, removed or mistyped); the others were changed</source>
        <translation>چنین رشته‌ای نیست: %1 (منقضی‌شده، برداشته‌شده یا نادرست نوشته‌شده)؛ بقیه تغییر کردند</translation>
    </message>
</context>
<context>
    <name>ThreadWriterWorker</name>
    <message>
        <source>Could not open the cache %1: %2</source>
        <translation>حافظهٔ نهان %1 باز نشد: %2</translation>
    </message>
    <message>
        <source>Marked %1 threads read.</source>
        <translation>%1 رشته به عنوان خوانده‌شده علامت خورد.</translation>
    </message>
    <message>
        <source>Could not add the feed: %1</source>
        <translation>افزودن خوراک ممکن نشد: %1</translation>
    </message>
    <message>
        <source>%1: %2 new threads (%3 older than the retention period were left out).</source>
        <translation>%1: %2 رشتهٔ تازه (%3 رشتهٔ قدیمی‌تر از مدت نگهداری کنار گذاشته شد).</translation>
    </message>
    <message>
        <source>%1: %2 new threads.</source>
        <translation>%1: %2 رشتهٔ تازه.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>چیزی از %1 درون‌ریزی نشد: %2</translation>
    </message>
    <message>
        <source>Imported %1 feeds (%2 already subscribed) into %3 folders.</source>
        <translation>%1 خوراک (%2 از پیش مشترک) در %3 پوشه درون‌ریزی شد.</translation>
    </message>
    <message>
        <source>That feed is no longer subscribed.</source>
        <translation>آن خوراک دیگر در اشتراک نیست.</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 تغییر نکرد: %2</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>نام «%1» به «%2» تغییر کرد.</translation>
    </message>
    <message>
        <source>Moved “%1” out of its folder.</source>
        <translation>«%1» از پوشه‌اش بیرون برده شد.</translation>
    </message>
    <message>
        <source>Moved “%1” to %2.</source>
        <translation>«%1» به %2 منتقل شد.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” keeps threads for %n day(s).</source>
        <translation>
            <numerusform>«%1» رشته‌ها را %n روز نگه می‌دارد.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” keeps threads as long as the global setting says.</source>
        <translation>«%1» رشته‌ها را به اندازه‌ای که تنظیم کلی می‌گوید نگه می‌دارد.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is checked every %n minute(s).</source>
        <translation>
            <numerusform>«%1» هر %n دقیقه بررسی می‌شود.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is checked as often as the global setting says.</source>
        <translation>«%1» به بسامدی که تنظیم کلی می‌گوید بررسی می‌شود.</translation>
    </message>
    <message>
        <source>Saved the properties of “%1”.</source>
        <translation>ویژگی‌های «%1» ذخیره شد.</translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribed from “%1”; %n thread(s) deleted with it.</source>
        <translation>
            <numerusform>اشتراک «%1» لغو شد؛ %n رشته همراه آن حذف شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation>تنظیمات ذخیره نشد: %1</translation>
    </message>
    <message numerus="yes">
        <source>Settings saved; %n thread(s) past the new retention period deleted.</source>
        <translation>
            <numerusform>تنظیمات ذخیره شد؛ %n رشتهٔ گذشته از مدت نگهداری تازه حذف شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>تنظیمات ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Docket tray menu</source>
        <translation>منوی داکت در سینی سامانه</translation>
    </message>
    <message>
        <source>&amp;Show Docket</source>
        <translation>&amp;نمایش داکت</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تازه‌سازی</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Docket</source>
        <translation>داکت</translation>
    </message>
    <message>
        <source>Docket: nothing unread</source>
        <translation>داکت: چیزی خوانده‌نشده نیست</translation>
    </message>
    <message>
        <source>Docket: 1 unread thread</source>
        <translation>داکت: 1 رشتهٔ خوانده‌نشده</translation>
    </message>
    <message>
        <source>Docket: %1 unread threads</source>
        <translation>داکت: %1 رشتهٔ خوانده‌نشده</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 مورد دیگر</translation>
    </message>
    <message>
        <source>1 new thread</source>
        <translation>1 رشتهٔ تازه</translation>
    </message>
    <message>
        <source>%1 new threads</source>
        <translation>%1 رشتهٔ تازه</translation>
    </message>
    <message>
        <source>1 new thread from %1</source>
        <translation>1 رشتهٔ تازه از %1</translation>
    </message>
    <message>
        <source>%1 new threads from %2</source>
        <translation>%1 رشتهٔ تازه از %2</translation>
    </message>
</context>
<context>
    <name>WelcomePane</name>
    <message>
        <source>&lt;h2&gt;Welcome to Docket&lt;/h2&gt;&lt;p&gt;Docket keeps the legal news you follow as closed threads you can read offline, search and keep. Each thread is deleted 21 days after it was posted unless you keep it.&lt;/p&gt;&lt;p&gt;Start by importing the subscriptions from another reader, or add a feed. Or subscribe to a starter list of public legal-news feeds (JURIST, SCOTUSblog, Courthouse News and others, in folders); you can remove any of them later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;به داکت خوش آمدید&lt;/h2&gt;&lt;p&gt;داکت اخبار حقوقی‌ای را که دنبال می‌کنید به صورت رشته‌های بسته نگه می‌دارد که می‌توانید آفلاین بخوانید، جست‌وجو کنید و نگه دارید. هر رشته 21 روز پس از انتشار حذف می‌شود، مگر آنکه آن را نگه دارید.&lt;/p&gt;&lt;p&gt;با درون‌ریزی اشتراک‌ها از یک خبرخوان دیگر آغاز کنید، یا خوراکی بیفزایید. یا در فهرستی آغازین از خوراک‌های عمومی اخبار حقوقی (JURIST، SCOTUSblog، Courthouse News و دیگران، در پوشه‌ها) مشترک شوید؛ هر کدام را می‌توانید بعداً بردارید.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import OPML…</source>
        <translation>درون‌ریزی OPML…</translation>
    </message>
    <message>
        <source>Add a feed…</source>
        <translation>افزودن خوراک…</translation>
    </message>
    <message>
        <source>Subscribe to starter feeds</source>
        <translation>اشتراک در خوراک‌های آغازین</translation>
    </message>
    <message>
        <source>Subscribe to a starter list of legal-news feeds</source>
        <translation>اشتراک در فهرستی آغازین از خوراک‌های اخبار حقوقی</translation>
    </message>
    <message>
        <source>Import subscriptions from an OPML file</source>
        <translation>درون‌ریزی اشتراک‌ها از یک پروندهٔ OPML</translation>
    </message>
    <message>
        <source>Add a feed</source>
        <translation>افزودن خوراک</translation>
    </message>
</context>
<context>
    <name>XmlCursor</name>
    <message>
        <source>the elements nest deeper than %1 levels</source>
        <translation>عنصرها بیش از %1 سطح تودرتو شده‌اند</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Docket is already open on this cache; its window was brought forward</source>
        <translation>داکت از پیش روی این حافظهٔ نهان باز است؛ پنجره‌اش به جلو آورده شد</translation>
    </message>
</context>
</TS>
