<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddCommand</name>
    <message>
        <source>give one feed: a web address, a file:// URL or the path of a feed file</source>
        <translation>geben Sie einen Feed an: eine Webadresse, eine file://-URL oder den Pfad einer Feed-Datei</translation>
    </message>
    <message>
        <source>--title needs some text</source>
        <translation>--title braucht einen Text</translation>
    </message>
    <message>
        <source>--folder needs a folder name</source>
        <translation>--folder braucht einen Ordnernamen</translation>
    </message>
    <message>
        <source>folders nest one level deep: give --folder NAME or --folder PARENT/NAME</source>
        <translation>Ordner lassen sich nur eine Ebene tief verschachteln: geben Sie --folder NAME oder --folder ELTERN/NAME an</translation>
    </message>
    <message>
        <source>%1 is not a valid web address</source>
        <translation>%1 ist keine gültige Webadresse</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s) stored from %1</source>
        <translation>
            <numerusform>%n Thread aus %1 gespeichert</numerusform>
            <numerusform>%n Threads aus %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>the page also links to %1</source>
        <translation>die Seite verweist auch auf %1</translation>
    </message>
    <message>
        <source>the page also links to %1 (%2)</source>
        <translation>die Seite verweist auch auf %1 (%2)</translation>
    </message>
</context>
<context>
    <name>AddFeedDialog</name>
    <message>
        <source>Add Feed</source>
        <translation>Feed hinzufügen</translation>
    </message>
    <message>
        <source>https://www.jurist.org/news/ or a feed file on this computer</source>
        <translation>https://www.jurist.org/news/ oder eine Feed-Datei auf diesem Computer</translation>
    </message>
    <message>
        <source>Feed or web page address</source>
        <translation>Adresse des Feeds oder der Webseite</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Find the feed at this address</source>
        <translation>Den Feed unter dieser Adresse suchen</translation>
    </message>
    <message>
        <source>Give the address of a feed, or of a web page that links to one.</source>
        <translation>Geben Sie die Adresse eines Feeds an oder die einer Webseite, die auf einen verweist.</translation>
    </message>
    <message>
        <source>What Docket found</source>
        <translation>Was Docket gefunden hat</translation>
    </message>
    <message>
        <source>Latest threads of the feed</source>
        <translation>Neueste Threads des Feeds</translation>
    </message>
    <message>
        <source>Other feeds the page links to</source>
        <translation>Weitere Feeds, auf die die Seite verweist</translation>
    </message>
    <message>
        <source>Title to show for the feed</source>
        <translation>Angezeigter Titel des Feeds</translation>
    </message>
    <message>
        <source>Folder for the feed (empty: top level)</source>
        <translation>Ordner für den Feed (leer: oberste Ebene)</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>&amp;Abonnieren</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>Latest:</source>
        <translation>Neueste:</translation>
    </message>
    <message>
        <source>Also on the page:</source>
        <translation>Außerdem auf der Seite:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Docket reads web (http, https) addresses and files, not %1: addresses.</source>
        <translation>Docket liest Webadressen (http, https) und Dateien, keine %1:-Adressen.</translation>
    </message>
    <message>
        <source>%1 is not a valid web address.</source>
        <translation>%1 ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>Looking for the feed at %1…</source>
        <translation>Suche den Feed unter %1 …</translation>
    </message>
    <message numerus="yes">
        <source>Found “%1”: %n thread(s), at %2.</source>
        <translation>
            <numerusform>„%1“ gefunden: %n Thread, unter %2.</numerusform>
            <numerusform>„%1“ gefunden: %n Threads, unter %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>undated</source>
        <translation>undatiert</translation>
    </message>
    <message numerus="yes">
        <source>%n other feed(s): choose one to use it instead</source>
        <translation>
            <numerusform>%n weiterer Feed: wählen Sie ihn, um ihn stattdessen zu verwenden</numerusform>
            <numerusform>%n weitere Feeds: wählen Sie einen, um ihn stattdessen zu verwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Folders nest one level deep: give NAME or PARENT/NAME.</source>
        <translation>Ordner lassen sich nur eine Ebene tief verschachteln: geben Sie NAME oder ELTERN/NAME an.</translation>
    </message>
    <message>
        <source>Subscribing…</source>
        <translation>Abonniere …</translation>
    </message>
</context>
<context>
    <name>ArticleCapturer</name>
    <message>
        <source>The page could not be fetched.</source>
        <translation>Die Seite konnte nicht abgerufen werden.</translation>
    </message>
    <message>
        <source>The page has no article Docket could find.</source>
        <translation>Auf der Seite hat Docket keinen Artikel gefunden.</translation>
    </message>
</context>
<context>
    <name>ArticleExporter</name>
    <message>
        <source>could not be written: %1</source>
        <translation>konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>ArticleExtractor</name>
    <message>
        <source>No article found on this page</source>
        <translation>Auf dieser Seite wurde kein Artikel gefunden</translation>
    </message>
</context>
<context>
    <name>ArticleFacts</name>
    <message>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>undated, retrieved %1</source>
        <translation>undatiert, abgerufen am %1</translation>
    </message>
    <message>
        <source>not given by the feed</source>
        <translation>vom Feed nicht angegeben</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Abgerufen</translation>
    </message>
    <message>
        <source>Categories: %1</source>
        <translation>Kategorien: %1</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>Anhang:</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Read at the source:</source>
        <translation>An der Quelle lesen:</translation>
    </message>
    <message>
        <source>Retrieved from</source>
        <translation>Abgerufen von</translation>
    </message>
    <message>
        <source>HTTP ETag</source>
        <translation>HTTP-ETag</translation>
    </message>
    <message>
        <source>HTTP Last-Modified</source>
        <translation>HTTP-Last-Modified</translation>
    </message>
    <message>
        <source>SHA-256 of the stored text</source>
        <translation>SHA-256 des gespeicherten Textes</translation>
    </message>
</context>
<context>
    <name>ArticleHtml</name>
    <message>
        <source>[Image]</source>
        <translation>[Bild]</translation>
    </message>
    <message>
        <source>[Image: %1]</source>
        <translation>[Bild: %1]</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--database needs a file path</source>
        <translation>--database braucht einen Dateipfad</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see docket --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe docket --help)</translation>
    </message>
    <message>
        <source>no command given (see docket --help)</source>
        <translation>kein Befehl angegeben (siehe docket --help)</translation>
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
        <translation>Aufruf: docket [--database PFAD] [BEFEHL [ARGUMENTE]]

Docket liest juristische Nachrichten. Ohne Befehl öffnet es das Fenster; mit
einem Befehl läuft es ohne Fenster, erledigt diese eine Aufgabe und endet.

Befehle:
  parse FILE|- [--base-url URL]   ein Feed-Dokument als JSON ausgeben

Abonnements:
  add URL [--folder NAME] [--title TEXT]
      einen Feed abonnieren (http, https, eine file://-URL oder ein Pfad) und
      seine Threads sofort speichern; gibt ID&lt;Tab&gt;TITEL aus und auf stderr,
      wie viele Threads gespeichert wurden. Eine Webseite wird zum ersten Feed
      aufgelöst, auf den sie verweist; die übrigen stehen auf stderr.
      --folder NAME oder ELTERN/NAME wird angelegt, wenn es fehlt. Danach
      werden abgelaufene Threads gelöscht, wie nach jedem Abruf.
  feeds [--json]
      eine Zeile je Feed: ID, ORDNER (- für keinen), TITEL, URL, STATUS,
      THREADS, UNGELESEN, durch Tabulatoren getrennt
  remove FEED_ID            abbestellen und die Threads des Feeds löschen
  import-opml FILE|-        die Abonnements eines anderen Readers hinzufügen,
      mit Ordnern; bereits abonnierte Feeds bleiben, wie sie sind; die Datei
      wird ganz oder gar nicht gelesen. Importierte Feeds holt der nächste
      Abruf.
  export-opml FILE|- [--force]
      die Abonnements als OPML 2.0 schreiben; ein Unterordner wird zu einem
      Ordner namens ELTERN/NAME. Eine vorhandene Datei wird nur mit --force
      ersetzt.
  poll [--all] [--feed ID]
      die fälligen Feeds abrufen (--all: alle außer den nach „Gone“
      angehaltenen; --feed: diesen einen, angehalten oder nicht) und Neues
      speichern. Eine Zeile je Feed: ID, STATUS (ok, not modified, error),
      TITEL, DETAIL (Anzahl neu und überarbeitet, oder der Grund), durch
      Tabulatoren getrennt; danach eine Zusammenfassung. Exit 1, wenn ein
      Feed fehlschlug; die anderen werden trotzdem gespeichert. Grenzen:
      --connect-timeout S (15), --idle-timeout S (20), --total-timeout S (45),
      --max-mb N (20), --max-redirects N (5).

Threads:
  list [--feed ID] [--folder NAME] [--search QUERY] [--unread] [--starred]
       [--limit N] [--sort newest|best] [--json]
      neueste zuerst (mit --search: beste Treffer zuerst, außer bei --sort
      newest); --folder schließt Unterordner ein; --starred: nur
      aufbewahrte Threads; --limit 1 bis 1000, Vorgabe 50. Eine Zeile je
      Thread: ID, VERÖFFENTLICHT (Ortszeit; -, wenn der Feed keine Zeit
      nannte), FEED, TITEL mit den Markierungen [kept] und [unread], durch
      Tabulatoren getrennt; mit --search zeigt eine fünfte Spalte (und
      „snippet“ im JSON) den Text um die Treffer, jeden Treffer zwischen **
      und **.
      QUERY: Wörter (alle müssen vorkommen), &quot;genaue Wendung&quot;, präfix*, OR,
      NOT, -wort, (Gruppen), NEAR(a b, 10), title:wort, author:wort.
  show ITEM_ID [--json]     einen Thread so, wie der Reader ihn zeigt; --json
      ergänzt summary, content, html (bereinigt), categories, enclosures,
      revisions
  export (ITEM_ID... | --search QUERY | --feed ID) --format html|md|txt|pdf
         --output PATH [--force]
      Threads als ein Dokument mit Zitierblock (Bluebook und OSCOLA); ist
      PATH ein vorhandener Ordner, eine Datei je Thread, nach seinem Titel
      benannt. Eine vorhandene Datei wird nur mit --force ersetzt. Gibt die
      geschriebenen Dateien aus; PDF in A4 oder Letter, je nach Gebietsschema.
  keep ITEM_ID... [--off]   Threads aufbewahren (eine Aufbewahrungspflicht:
      aufbewahrte Threads laufen nie ab) oder mit --off freigeben
  mark-read ITEM_ID... [--unread]
      Threads als gelesen markieren, mit --unread als ungelesen
      keep und mark-read ändern alle Threads auf einmal und geben eine Zeile
      je geändertem Thread aus (einer, der schon so ist, gibt nichts aus);
      unbekannte IDs werden auf stderr genannt (Exit 1), eine nicht
      numerische ändert nichts (2).
  expire [--days N] [--dry-run]
      Threads löschen, die älter als die Aufbewahrungsfrist sind (21 Tage ab
      ihrer Veröffentlichung oder, bei undatierten, ab dem Zeitpunkt, an dem
      Docket sie zuerst sah, sofern nicht geändert; die eigene Frist eines
      Feeds geht vor); aufbewahrte Threads bleiben. --days 1 bis 36500
      ersetzt die Frist für diesen Lauf; --dry-run zählt nur.

Optionen:
  --database PATH   der zu verwendende Cache (auch DOCKET_DATABASE); lesende
                    Befehle funktionieren auch mit einem schreibgeschützten
  -h, --help        diese Hilfe anzeigen
  -v, --version     die Version von Docket anzeigen

Exit-Status: 0 Erfolg; 1 die Aufgabe lief, aber etwas schlug fehl; 2 falscher
Aufruf oder unlesbare Eingabe.
</translation>
    </message>
</context>
<context>
    <name>ExpireCommand</name>
    <message>
        <source>takes options only, not &apos;%1&apos;</source>
        <translation>nimmt nur Optionen, nicht „%1“</translation>
    </message>
    <message>
        <source>--days takes a number of days from 1 to %1, not &apos;%2&apos;</source>
        <translation>--days nimmt eine Anzahl Tage von 1 bis %1, nicht „%2“</translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Save the current thread, the selected threads or the list as HTML, Markdown, text or PDF, each with its citation</source>
        <translation>Den aktuellen Thread, die ausgewählten Threads oder die Liste als HTML, Markdown, Text oder PDF speichern, jeweils mit Zitat</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 gibt es schon. Ersetzen?</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist in %1. Replace them?</source>
        <translation>
            <numerusform>%n Datei gibt es in %1 schon. Ersetzen?</numerusform>
            <numerusform>%n Dateien gibt es in %1 schon. Ersetzen?</numerusform>
        </translation>
    </message>
    <message>
        <source>An export is already being written.</source>
        <translation>Es wird bereits ein Export geschrieben.</translation>
    </message>
    <message>
        <source>Reading the threads to export…</source>
        <translation>Lese die zu exportierenden Threads …</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was replaced.</source>
        <translation>Export abgebrochen; nichts wurde ersetzt.</translation>
    </message>
    <message>
        <source>Exported %1 of %2 files…</source>
        <translation>%1 von %2 Dateien exportiert …</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>%n Datei nach %1 exportiert.</numerusform>
            <numerusform>%n Dateien nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 threads of the list were exported.</source>
        <translation>Nur die ersten %1 Threads der Liste wurden exportiert.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>could not be written: %1</source>
        <translation>konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>give thread ids, --search QUERY or --feed ID (see docket list)</source>
        <translation>geben Sie Thread-IDs, --search QUERY oder --feed ID an (siehe docket list)</translation>
    </message>
    <message>
        <source>give thread ids, --search or --feed: only one of them</source>
        <translation>geben Sie Thread-IDs, --search oder --feed an: nur eines davon</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a thread id (see docket list)</source>
        <translation>„%1“ ist keine Thread-ID (siehe docket list)</translation>
    </message>
    <message>
        <source>--feed takes a feed id (see docket feeds), not &apos;%1&apos;</source>
        <translation>--feed nimmt eine Feed-ID (siehe docket feeds), nicht „%1“</translation>
    </message>
    <message>
        <source>give --format html, md, txt or pdf</source>
        <translation>geben Sie --format html, md, txt oder pdf an</translation>
    </message>
    <message>
        <source>--format takes html, md, txt or pdf, not &apos;%1&apos;</source>
        <translation>--format nimmt html, md, txt oder pdf, nicht „%1“</translation>
    </message>
    <message>
        <source>PDF needs fonts, which this program could not load</source>
        <translation>PDF braucht Schriften, die dieses Programm nicht laden konnte</translation>
    </message>
    <message>
        <source>give --output PATH: a file, or an existing folder for one file per thread</source>
        <translation>geben Sie --output PATH an: eine Datei oder einen vorhandenen Ordner für eine Datei je Thread</translation>
    </message>
    <message>
        <source>there is no folder %1</source>
        <translation>es gibt keinen Ordner %1</translation>
    </message>
    <message>
        <source>there is no folder %1 to write %2 in</source>
        <translation>es gibt keinen Ordner %1, in den %2 geschrieben werden könnte</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it</source>
        <translation>%1 gibt es schon; mit --force wird die Datei ersetzt</translation>
    </message>
    <message>
        <source>there is no feed %1 (see docket feeds)</source>
        <translation>es gibt keinen Feed %1 (siehe docket feeds)</translation>
    </message>
    <message>
        <source>no threads to export; nothing written</source>
        <translation>keine Threads zum Exportieren; nichts geschrieben</translation>
    </message>
    <message>
        <source>there is no thread %1: it may have expired or its feed been removed</source>
        <translation>es gibt keinen Thread %1: Er ist vielleicht abgelaufen oder sein Feed wurde entfernt</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>One &amp;file per thread, in a folder</source>
        <translation>Eine &amp;Datei je Thread, in einem Ordner</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>The &amp;current thread: %1</source>
        <translation>Der &amp;aktuelle Thread: %1</translation>
    </message>
    <message>
        <source>The &amp;current thread</source>
        <translation>Der &amp;aktuelle Thread</translation>
    </message>
    <message>
        <source>The &amp;selected threads (%1)</source>
        <translation>Die aus&amp;gewählten Threads (%1)</translation>
    </message>
    <message>
        <source>The &amp;list: %1 (%2)</source>
        <translation>Die &amp;Liste: %1 (%2)</translation>
    </message>
    <message>
        <source>Only the first %1 threads are exported</source>
        <translation>Nur die ersten %1 Threads werden exportiert</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (eine eigenständige Datei)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen …</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportieren:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Export to File</source>
        <translation>In Datei exportieren</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>A folder</source>
        <translation>Ein Ordner</translation>
    </message>
    <message>
        <source>A file</source>
        <translation>Eine Datei</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>No thread is shown to export.</source>
        <translation>Es wird kein Thread zum Exportieren angezeigt.</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Wählen Sie, wo der Export gespeichert werden soll.</translation>
    </message>
    <message>
        <source>There is no folder %1 to save the threads in.</source>
        <translation>Es gibt keinen Ordner %1, in dem die Threads gespeichert werden könnten.</translation>
    </message>
    <message>
        <source>%1 is not a file Docket can save to: choose a file name in an existing folder.</source>
        <translation>%1 ist keine Datei, in die Docket speichern kann: Wählen Sie einen Dateinamen in einem vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>There are no threads to export; nothing was written.</source>
        <translation>Es gibt keine Threads zum Exportieren; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The threads are no longer in the cache; nothing was written.</source>
        <translation>Die Threads sind nicht mehr im Cache; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ExportOpmlCommand</name>
    <message>
        <source>give one file to write, or - for standard output</source>
        <translation>geben Sie eine Datei zum Schreiben an oder - für die Standardausgabe</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 ist ein Ordner; geben Sie einen Dateinamen an</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it</source>
        <translation>%1 gibt es schon; mit --force wird die Datei ersetzt</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: could not be written: %2</source>
        <translation>%1: konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>FeedActions</name>
    <message>
        <source>Feed &amp;Properties…</source>
        <translation>Feed-&amp;Eigenschaften …</translation>
    </message>
    <message>
        <source>Title, folder, how long threads are kept, how often to check</source>
        <translation>Titel, Ordner, wie lange Threads behalten werden, wie oft geprüft wird</translation>
    </message>
    <message>
        <source>Re&amp;name Feed…</source>
        <translation>Feed &amp;umbenennen …</translation>
    </message>
    <message>
        <source>Give the chosen feed another title</source>
        <translation>Dem gewählten Feed einen anderen Titel geben</translation>
    </message>
    <message>
        <source>&amp;Move to Folder…</source>
        <translation>In Ordner &amp;verschieben …</translation>
    </message>
    <message>
        <source>Put the chosen feed in a folder, new or existing</source>
        <translation>Den gewählten Feed in einen neuen oder vorhandenen Ordner legen</translation>
    </message>
    <message>
        <source>Unsu&amp;bscribe…</source>
        <translation>A&amp;bbestellen …</translation>
    </message>
    <message>
        <source>Remove the chosen feed and delete its threads</source>
        <translation>Den gewählten Feed entfernen und seine Threads löschen</translation>
    </message>
    <message>
        <source>Unsubscribe from “%1”?</source>
        <translation>„%1“ abbestellen?</translation>
    </message>
    <message>
        <source>It has no threads in the cache.</source>
        <translation>Er hat keine Threads im Cache.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n thread(s) will be deleted from the cache</source>
        <translation>
            <numerusform>Sein %n Thread wird aus dem Cache gelöscht</numerusform>
            <numerusform>Seine %n Threads werden aus dem Cache gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, including %n you kept</source>
        <translation>
            <numerusform>, einschließlich %n aufbewahrten</numerusform>
            <numerusform>, einschließlich %n aufbewahrter</numerusform>
        </translation>
    </message>
    <message>
        <source>Docket</source>
        <translation>Docket</translation>
    </message>
    <message>
        <source>New title for the feed:</source>
        <translation>Neuer Titel des Feeds:</translation>
    </message>
    <message>
        <source>Folder (leave empty for none, or type a new name):</source>
        <translation>Ordner (leer lassen für keinen, oder einen neuen Namen eingeben):</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Abbestellen</translation>
    </message>
</context>
<context>
    <name>FeedCompletion</name>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
</context>
<context>
    <name>FeedFetcher</name>
    <message>
        <source>The address is not a valid web address</source>
        <translation>Die Adresse ist keine gültige Webadresse</translation>
    </message>
    <message>
        <source>Docket fetches only http and https addresses, not %1: ones</source>
        <translation>Docket ruft nur http- und https-Adressen ab, keine %1:-Adressen</translation>
    </message>
    <message>
        <source>Docket&apos;s network connection was closed</source>
        <translation>Die Netzwerkverbindung von Docket wurde geschlossen</translation>
    </message>
    <message>
        <source>The server sent more than %1; Docket stopped reading</source>
        <translation>Der Server sandte mehr als %1; Docket hat aufgehört zu lesen</translation>
    </message>
    <message>
        <source>The server %1 answered with something other than HTTP</source>
        <translation>Der Server %1 antwortete mit etwas anderem als HTTP</translation>
    </message>
    <message>
        <source>The server did not answer within %1</source>
        <translation>Der Server antwortete nicht innerhalb von %1</translation>
    </message>
    <message>
        <source>The server stopped sending for %1; Docket gave up</source>
        <translation>Der Server sandte %1 lang nichts mehr; Docket hat aufgegeben</translation>
    </message>
    <message>
        <source>The server took longer than %1 in all; Docket stopped waiting</source>
        <translation>Der Server brauchte insgesamt länger als %1; Docket hat aufgehört zu warten</translation>
    </message>
</context>
<context>
    <name>FeedParser</name>
    <message>
        <source>Not a feed: this is a web page (HTML)</source>
        <translation>Kein Feed: Dies ist eine Webseite (HTML)</translation>
    </message>
    <message>
        <source>it has no elements</source>
        <translation>es enthält keine Elemente</translation>
    </message>
    <message>
        <source>Not a feed: the document is not XML (%1)</source>
        <translation>Kein Feed: Das Dokument ist kein XML (%1)</translation>
    </message>
    <message>
        <source>Not a feed: the document is &lt;%1&gt;, not RSS, RDF or Atom</source>
        <translation>Kein Feed: Das Dokument ist &lt;%1&gt;, nicht RSS, RDF oder Atom</translation>
    </message>
    <message>
        <source>the document breaks here: %1</source>
        <translation>das Dokument bricht hier ab: %1</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>the document breaks at %1:%2: %3; %4 read before it</source>
        <translation>das Dokument bricht bei %1:%2 ab: %3; davor wurden %4 gelesen</translation>
    </message>
    <message>
        <source>the document is too large: %1 bytes, over the limit of %2 bytes</source>
        <translation>das Dokument ist zu groß: %1 Bytes, über der Grenze von %2 Bytes</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>das Dokument ist leer</translation>
    </message>
</context>
<context>
    <name>FeedPropertiesDialog</name>
    <message>
        <source>Feed Properties</source>
        <translation>Feed-Eigenschaften</translation>
    </message>
    <message>
        <source>Feed title</source>
        <translation>Feed-Titel</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>No folder (type a name for a new one)</source>
        <translation>Kein Ordner (Namen eingeben für einen neuen)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message numerus="yes">
        <source>The global setting (%n day(s))</source>
        <translation>
            <numerusform>Die globale Einstellung (%n Tag)</numerusform>
            <numerusform>Die globale Einstellung (%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep this feed&apos;s threads for this many days</source>
        <translation>Wie viele Tage die Threads dieses Feeds behalten werden</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message numerus="yes">
        <source>The global setting (every %n minute(s))</source>
        <translation>
            <numerusform>Die globale Einstellung (jede Minute)</numerusform>
            <numerusform>Die globale Einstellung (alle %n Minuten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Check this feed every this many minutes</source>
        <translation>Prüfintervall dieses Feeds in Minuten</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Keep threads for:</source>
        <translation>Threads &amp;behalten für:</translation>
    </message>
    <message>
        <source>&amp;Check every:</source>
        <translation>&amp;Prüfen alle:</translation>
    </message>
    <message>
        <source>Fetch the full article of new threads</source>
        <translation>Den vollständigen Artikel neuer Threads abrufen</translation>
    </message>
    <message>
        <source>When the feed sends only a summary</source>
        <translation>Wenn der Feed nur eine Zusammenfassung sendet</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Full &amp;articles:</source>
        <translation>Vollständige &amp;Artikel:</translation>
    </message>
</context>
<context>
    <name>FeedsCommand</name>
    <message>
        <source>takes no arguments, not &apos;%1&apos;</source>
        <translation>nimmt keine Argumente, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>FetchMessage</name>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>The server did not understand Docket&apos;s request (HTTP 400)</source>
        <translation>Der Server hat die Anfrage von Docket nicht verstanden (HTTP 400)</translation>
    </message>
    <message>
        <source>The server asks for a user name and password, and did not accept the ones given (HTTP 401)</source>
        <translation>Der Server verlangt Benutzername und Passwort und hat die angegebenen nicht angenommen (HTTP 401)</translation>
    </message>
    <message>
        <source>The server refused access to this feed (HTTP 403)</source>
        <translation>Der Server verweigert den Zugriff auf diesen Feed (HTTP 403)</translation>
    </message>
    <message>
        <source>Not found (HTTP 404)</source>
        <translation>Nicht gefunden (HTTP 404)</translation>
    </message>
    <message>
        <source>Gone: the publisher removed this feed (HTTP 410)</source>
        <translation>Entfernt: Der Herausgeber hat diesen Feed entfernt (HTTP 410)</translation>
    </message>
    <message>
        <source>Too many requests: the server asked Docket to wait %1 (HTTP 429)</source>
        <translation>Zu viele Anfragen: Der Server bat Docket, %1 zu warten (HTTP 429)</translation>
    </message>
    <message>
        <source>Too many requests: the server asked Docket to slow down (HTTP 429)</source>
        <translation>Zu viele Anfragen: Der Server bat Docket, seltener anzufragen (HTTP 429)</translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP 500)</source>
        <translation>Der Server hatte einen internen Fehler (HTTP 500)</translation>
    </message>
    <message>
        <source>A gateway in front of the server failed (HTTP %1)</source>
        <translation>Ein Gateway vor dem Server ist ausgefallen (HTTP %1)</translation>
    </message>
    <message>
        <source>The server is unavailable for now and asked Docket to wait %1 (HTTP 503)</source>
        <translation>Der Server ist derzeit nicht verfügbar und bat Docket, %1 zu warten (HTTP 503)</translation>
    </message>
    <message>
        <source>The server is unavailable for now (HTTP 503)</source>
        <translation>Der Server ist derzeit nicht verfügbar (HTTP 503)</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1)</source>
        <translation>Der Server ist gescheitert (HTTP %1)</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1)</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>The server gave an answer Docket cannot use (HTTP %1)</source>
        <translation>Der Server gab eine Antwort, die Docket nicht verwenden kann (HTTP %1)</translation>
    </message>
    <message>
        <source>The server %1 refused the connection</source>
        <translation>Der Server %1 hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>The server %1 broke off the connection before sending the whole feed</source>
        <translation>Der Server %1 hat die Verbindung abgebrochen, bevor der ganze Feed gesendet war</translation>
    </message>
    <message>
        <source>No server named %1 could be found; check the address</source>
        <translation>Kein Server namens %1 gefunden; bitte die Adresse prüfen</translation>
    </message>
    <message>
        <source>The connection to %1 timed out</source>
        <translation>Die Verbindung zu %1 hat das Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate could not be trusted</source>
        <translation>Die sichere Verbindung zu %1 ist gescheitert: Seinem Zertifikat kann nicht vertraut werden</translation>
    </message>
    <message>
        <source>The network is not available; check the internet connection</source>
        <translation>Das Netzwerk ist nicht verfügbar; bitte die Internetverbindung prüfen</translation>
    </message>
    <message>
        <source>The proxy server could not be reached; check the proxy settings</source>
        <translation>Der Proxyserver ist nicht erreichbar; bitte die Proxy-Einstellungen prüfen</translation>
    </message>
    <message>
        <source>The proxy server asks for a user name and password</source>
        <translation>Der Proxyserver verlangt Benutzername und Passwort</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Die Verbindung zu %1 ist gescheitert: %2</translation>
    </message>
</context>
<context>
    <name>FolderArgument</name>
    <message>
        <source>A folder needs a name.</source>
        <translation>Ein Ordner braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>HtmlExporter</name>
    <message numerus="yes">
        <source>%n articles</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageConsentBar</name>
    <message>
        <source>Load images</source>
        <translation>Bilder laden</translation>
    </message>
    <message>
        <source>Always for this feed</source>
        <translation>Immer für diesen Feed</translation>
    </message>
    <message>
        <source>Remote images</source>
        <translation>Bilder von anderen Servern</translation>
    </message>
    <message>
        <source>Load images for this article</source>
        <translation>Bilder für diesen Artikel laden</translation>
    </message>
    <message>
        <source>Always load images for this feed</source>
        <translation>Bilder für diesen Feed immer laden</translation>
    </message>
    <message>
        <source>This article has images from %1.</source>
        <translation>Dieser Artikel enthält Bilder von %1.</translation>
    </message>
</context>
<context>
    <name>ImportOpmlCommand</name>
    <message>
        <source>give one OPML file, or - for standard input</source>
        <translation>geben Sie eine OPML-Datei an oder - für die Standardeingabe</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>takes options only, not &apos;%1&apos;</source>
        <translation>nimmt nur Optionen, nicht „%1“</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to %1, not &apos;%2&apos;</source>
        <translation>--limit nimmt eine Zahl von 1 bis %1, nicht „%2“</translation>
    </message>
    <message>
        <source>--feed takes a feed id (see docket feeds), not &apos;%1&apos;</source>
        <translation>--feed nimmt eine Feed-ID (siehe docket feeds), nicht „%1“</translation>
    </message>
    <message>
        <source>--sort best needs --search</source>
        <translation>--sort best braucht --search</translation>
    </message>
    <message>
        <source>--sort takes newest or best, not &apos;%1&apos;</source>
        <translation>--sort nimmt newest oder best, nicht „%1“</translation>
    </message>
    <message>
        <source>there is no feed %1 (see docket feeds)</source>
        <translation>es gibt keinen Feed %1 (siehe docket feeds)</translation>
    </message>
    <message>
        <source>there is no folder called &quot;%1&quot;</source>
        <translation>es gibt keinen Ordner namens „%1“</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Docket</source>
        <translation>Docket</translation>
    </message>
    <message>
        <source>The cache %1 could not be opened: %2</source>
        <translation>Der Cache %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n thread(s) past the retention period.</source>
        <translation>
            <numerusform>%n Thread nach Ablauf der Aufbewahrungsfrist gelöscht.</numerusform>
            <numerusform>%n Threads nach Ablauf der Aufbewahrungsfrist gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Search threads (Ctrl+F or /)</source>
        <translation>Threads durchsuchen (Strg+F oder /)</translation>
    </message>
    <message>
        <source>Search threads</source>
        <translation>Threads durchsuchen</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Docket opens only web and mail links; not opened: %1</source>
        <translation>Docket öffnet nur Web- und E-Mail-Links; nicht geöffnet: %1</translation>
    </message>
    <message>
        <source>&amp;Add Feed…</source>
        <translation>Feed &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>OPML &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Mark All &amp;Read</source>
        <translation>Alle als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Next Thread</source>
        <translation>&amp;Nächster Thread</translation>
    </message>
    <message>
        <source>&amp;Previous Thread</source>
        <translation>&amp;Vorheriger Thread</translation>
    </message>
    <message>
        <source>Next &amp;Unread</source>
        <translation>Nächster &amp;ungelesener</translation>
    </message>
    <message>
        <source>Toggle &amp;Read</source>
        <translation>&amp;Gelesen umschalten</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>Auf&amp;bewahren</translation>
    </message>
    <message>
        <source>&amp;Open Original</source>
        <translation>&amp;Original öffnen</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Sa&amp;ve Search…</source>
        <translation>Suche &amp;speichern …</translation>
    </message>
    <message>
        <source>Save the search box&apos;s query by name, to run it again from the sources</source>
        <translation>Die Anfrage im Suchfeld unter einem Namen speichern, um sie aus den Quellen erneut auszuführen</translation>
    </message>
    <message>
        <source>&amp;Delete Saved Search</source>
        <translation>Gespeicherte Suche &amp;löschen</translation>
    </message>
    <message>
        <source>Scroll the article, then go to the next unread thread (Space)</source>
        <translation>Den Artikel blättern, dann zum nächsten ungelesenen Thread (Leertaste)</translation>
    </message>
    <message>
        <source>&amp;Thread</source>
        <translation>&amp;Thread</translation>
    </message>
    <message>
        <source>F&amp;eeds</source>
        <translation>F&amp;eeds</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Problems…</source>
        <translation>&amp;Probleme …</translation>
    </message>
    <message>
        <source>Feeds whose last fetch failed, and why</source>
        <translation>Feeds, deren letzter Abruf fehlschlug, und warum</translation>
    </message>
    <message>
        <source>Best matches for %1</source>
        <translation>Beste Treffer für %1</translation>
    </message>
    <message>
        <source>This thread is no longer in the cache.</source>
        <translation>Dieser Thread ist nicht mehr im Cache.</translation>
    </message>
    <message>
        <source>No more unread threads here.</source>
        <translation>Hier gibt es keine ungelesenen Threads mehr.</translation>
    </message>
    <message>
        <source>This thread has no web address to open.</source>
        <translation>Dieser Thread hat keine Webadresse zum Öffnen.</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <source>Name for the search:</source>
        <translation>Name der Suche:</translation>
    </message>
    <message>
        <source>The search was not saved: %1</source>
        <translation>Die Suche wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved the search “%1”.</source>
        <translation>Suche „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>The saved search was not deleted: %1</source>
        <translation>Die gespeicherte Suche wurde nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Deleted the saved search “%1”.</source>
        <translation>Gespeicherte Suche „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>Füge %1 hinzu …</translation>
    </message>
    <message numerus="yes">
        <source>Subscribed to %1: %n thread(s) stored.</source>
        <translation>
            <numerusform>%1 abonniert: %n Thread gespeichert.</numerusform>
            <numerusform>%1 abonniert: %n Threads gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>OPML importieren</translation>
    </message>
    <message>
        <source>Subscription lists (*.opml *.xml);;All files (*)</source>
        <translation>Abonnementlisten (*.opml *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importiere %1 …</translation>
    </message>
    <message>
        <source>Docket is already fetching feeds.</source>
        <translation>Docket ruft bereits Feeds ab.</translation>
    </message>
    <message>
        <source>Choose a feed, or All threads, to mark read.</source>
        <translation>Wählen Sie einen Feed oder „Alle Threads“, um sie als gelesen zu markieren.</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>Subscribing to the starter feeds…</source>
        <translation>Abonniere die Start-Feeds …</translation>
    </message>
    <message>
        <source>the starter feeds</source>
        <translation>die Start-Feeds</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <source>%1, search “%2”</source>
        <translation>%1, Suche „%2“</translation>
    </message>
</context>
<context>
    <name>ParseCommand</name>
    <message>
        <source>give one feed file, or - for standard input</source>
        <translation>geben Sie eine Feed-Datei an oder - für die Standardeingabe</translation>
    </message>
    <message>
        <source>--base-url needs an absolute URL, not &apos;%1&apos;</source>
        <translation>--base-url braucht eine absolute URL, nicht „%1“</translation>
    </message>
    <message>
        <source>--max-bytes needs a positive number of bytes</source>
        <translation>--max-bytes braucht eine positive Anzahl Bytes</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>retrieved %1</source>
        <translation>abgerufen am %1</translation>
    </message>
    <message numerus="yes">
        <source>%n articles</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>could not start the PDF</source>
        <translation>das PDF konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>could not add a page</source>
        <translation>es konnte keine Seite hinzugefügt werden</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>could not finish the PDF</source>
        <translation>das PDF konnte nicht abgeschlossen werden</translation>
    </message>
</context>
<context>
    <name>PollCommand</name>
    <message>
        <source>takes no arguments, not &apos;%1&apos;</source>
        <translation>nimmt keine Argumente, nicht „%1“</translation>
    </message>
    <message>
        <source>give --all or --feed ID, not both</source>
        <translation>geben Sie --all oder --feed ID an, nicht beides</translation>
    </message>
    <message>
        <source>--feed needs a feed id (see docket feeds), not &apos;%1&apos;</source>
        <translation>--feed braucht eine Feed-ID (siehe docket feeds), nicht „%1“</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 nimmt eine ganze Zahl von %2 bis %3, nicht „%4“</translation>
    </message>
    <message>
        <source>there is no feed %1 (see docket feeds)</source>
        <translation>es gibt keinen Feed %1 (siehe docket feeds)</translation>
    </message>
</context>
<context>
    <name>PollFeedback</name>
    <message>
        <source>Feeds polled</source>
        <translation>Abgerufene Feeds</translation>
    </message>
    <message>
        <source>%v of %m feeds</source>
        <translation>%v von %m Feeds</translation>
    </message>
    <message>
        <source>No feed was due for a fetch.</source>
        <translation>Kein Feed war zum Abruf fällig.</translation>
    </message>
    <message numerus="yes">
        <source>Polled %n feed(s): </source>
        <translation>
            <numerusform>%n Feed abgerufen: </numerusform>
            <numerusform>%n Feeds abgerufen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new thread(s)</source>
        <translation>
            <numerusform>%n neuer Thread</numerusform>
            <numerusform>%n neue Threads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n revised</source>
        <translation>
            <numerusform>, %n überarbeitet</numerusform>
            <numerusform>, %n überarbeitet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n failed (see Feeds ▸ Problems)</source>
        <translation>
            <numerusform>; %n fehlgeschlagen (siehe Feeds ▸ Probleme)</numerusform>
            <numerusform>; %n fehlgeschlagen (siehe Feeds ▸ Probleme)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n feed(s)…</source>
        <translation>
            <numerusform>Rufe %n Feed ab …</numerusform>
            <numerusform>Rufe %n Feeds ab …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PollWorker</name>
    <message>
        <source>Could not open the cache %1: %2</source>
        <translation>Der Cache %1 konnte nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Feeds whose last fetch failed</source>
        <translation>Feeds, deren letzter Abruf fehlschlug</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Failing since</source>
        <translation>Fehlerhaft seit</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Fetch the chosen feed again now</source>
        <translation>Den gewählten Feed jetzt erneut abrufen</translation>
    </message>
    <message>
        <source>Docket could not read the feeds: %1</source>
        <translation>Docket konnte die Feeds nicht lesen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n failed fetch(es) in a row)</source>
        <translation>
            <numerusform>%1 (%n fehlgeschlagener Abruf)</numerusform>
            <numerusform>%1 (%n fehlgeschlagene Abrufe in Folge)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: Try Again to resume</source>
        <translation>Angehalten: „Erneut versuchen“ setzt fort</translation>
    </message>
    <message>
        <source>Every feed fetched without a problem last time.</source>
        <translation>Beim letzten Mal wurde jeder Feed ohne Problem abgerufen.</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) failed on their last fetch. Their threads are still here; Docket keeps trying, waiting longer after each failure.</source>
        <translation>
            <numerusform>%n Feed schlug beim letzten Abruf fehl. Seine Threads sind noch da; Docket versucht es weiter und wartet nach jedem Fehlschlag länger.</numerusform>
            <numerusform>%n Feeds schlugen beim letzten Abruf fehl. Ihre Threads sind noch da; Docket versucht es weiter und wartet nach jedem Fehlschlag länger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching again…</source>
        <translation>Rufe erneut ab …</translation>
    </message>
</context>
<context>
    <name>ProvenanceHtml</name>
    <message>
        <source>(none sent)</source>
        <translation>(keine gesendet)</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Abgerufen</translation>
    </message>
    <message>
        <source>Final URL</source>
        <translation>Endgültige URL</translation>
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
        <translation>Feed-Eintrag</translation>
    </message>
    <message>
        <source>Full article</source>
        <translation>Vollständiger Artikel</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkunft</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>A feed needs a title.</source>
        <translation>Ein Feed braucht einen Titel.</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Copy &amp;Citation</source>
        <translation>&amp;Zitat kopieren</translation>
    </message>
    <message>
        <source>Put the article&apos;s Bluebook citation on the clipboard</source>
        <translation>Das Bluebook-Zitat des Artikels in die Zwischenablage legen</translation>
    </message>
    <message>
        <source>Copy OSCOLA Citation</source>
        <translation>OSCOLA-Zitat kopieren</translation>
    </message>
    <message>
        <source>Put the article&apos;s OSCOLA citation on the clipboard</source>
        <translation>Das OSCOLA-Zitat des Artikels in die Zwischenablage legen</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <source>Feed &amp;Summary</source>
        <translation>Feed-Zusammen&amp;fassung</translation>
    </message>
    <message>
        <source>Show the text the feed sent</source>
        <translation>Den Text zeigen, den der Feed gesendet hat</translation>
    </message>
    <message>
        <source>&amp;Full Article</source>
        <translation>Vollständiger &amp;Artikel</translation>
    </message>
    <message>
        <source>Show the whole article Docket fetched from its page</source>
        <translation>Den ganzen Artikel zeigen, den Docket von seiner Seite abgerufen hat</translation>
    </message>
</context>
<context>
    <name>RedirectRule</name>
    <message>
        <source>The server redirected Docket without saying where to (HTTP %1)</source>
        <translation>Der Server hat Docket umgeleitet, ohne zu sagen, wohin (HTTP %1)</translation>
    </message>
    <message>
        <source>The server redirected Docket to an address that is not valid (HTTP %1)</source>
        <translation>Der Server hat Docket auf eine ungültige Adresse umgeleitet (HTTP %1)</translation>
    </message>
    <message>
        <source>The server redirected Docket more than %1 times; Docket stopped following</source>
        <translation>Der Server hat Docket mehr als %1-mal umgeleitet; Docket folgt nicht weiter</translation>
    </message>
    <message>
        <source>The redirect leads to a %1: address, which Docket never follows</source>
        <translation>Die Umleitung führt zu einer %1:-Adresse, der Docket nie folgt</translation>
    </message>
    <message>
        <source>The redirect leads from a secure https: address to an insecure http: one, which Docket does not follow</source>
        <translation>Die Umleitung führt von einer sicheren https:-Adresse zu einer unsicheren http:-Adresse, der Docket nicht folgt</translation>
    </message>
</context>
<context>
    <name>RemoveCommand</name>
    <message>
        <source>give the id of one feed (see docket feeds)</source>
        <translation>geben Sie die ID eines Feeds an (siehe docket feeds)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a feed id (see docket feeds)</source>
        <translation>„%1“ ist keine Feed-ID (siehe docket feeds)</translation>
    </message>
    <message>
        <source>there is no feed %1 (see docket feeds)</source>
        <translation>es gibt keinen Feed %1 (siehe docket feeds)</translation>
    </message>
</context>
<context>
    <name>SettingsCommand</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Retention, polling, images, proxy, language, tray and notices</source>
        <translation>Aufbewahrung, Abruf, Bilder, Proxy, Sprache, Systemleiste und Hinweise</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>The new language takes effect the next time Docket starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Docket.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Keep threads for this many days</source>
        <translation>Wie viele Tage Threads behalten werden</translation>
    </message>
    <message>
        <source>Threads older than this are deleted, unless you keep them or their feed says otherwise.</source>
        <translation>Ältere Threads werden gelöscht, sofern Sie sie nicht aufbewahren oder ihr Feed nichts anderes bestimmt.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Check feeds every this many minutes</source>
        <translation>Prüfintervall der Feeds in Minuten</translation>
    </message>
    <message>
        <source>Images from other servers</source>
        <translation>Bilder von anderen Servern</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>Jedes Mal fragen</translation>
    </message>
    <message>
        <source>Always load</source>
        <translation>Immer laden</translation>
    </message>
    <message>
        <source>Never load</source>
        <translation>Nie laden</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>The system&apos;s settings</source>
        <translation>Die Einstellungen des Systems</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP-Proxy</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5-Proxy</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>proxy.example.org</source>
        <translation>proxy.example.org</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Die Sprache des Systems</translation>
    </message>
    <message>
        <source>Start in the tray, and hide there when the window is closed</source>
        <translation>In der Systemleiste starten und beim Schließen des Fensters dorthin ausblenden</translation>
    </message>
    <message>
        <source>Start in the tray</source>
        <translation>In der Systemleiste starten</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Diese Arbeitsumgebung hat keine Systemleiste.</translation>
    </message>
    <message>
        <source>Tell me when new threads arrive</source>
        <translation>Mich benachrichtigen, wenn neue Threads eintreffen</translation>
    </message>
    <message>
        <source>Notify on new threads</source>
        <translation>Bei neuen Threads benachrichtigen</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>&amp;Keep threads for:</source>
        <translation>Threads &amp;behalten für:</translation>
    </message>
    <message>
        <source>&amp;Check feeds every:</source>
        <translation>Feeds &amp;prüfen alle:</translation>
    </message>
    <message>
        <source>&amp;Images from other servers:</source>
        <translation>&amp;Bilder von anderen Servern:</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Docket starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Docket.</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>give the id of one thread (see docket list)</source>
        <translation>geben Sie die ID eines Threads an (siehe docket list)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a thread id (see docket list)</source>
        <translation>„%1“ ist keine Thread-ID (siehe docket list)</translation>
    </message>
    <message>
        <source>there is no thread %1: it may have expired or its feed been removed</source>
        <translation>es gibt keinen Thread %1: Er ist vielleicht abgelaufen oder sein Feed wurde entfernt</translation>
    </message>
</context>
<context>
    <name>SourceTreeModel</name>
    <message>
        <source>All threads</source>
        <translation>Alle Threads</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Aufbewahrt</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <source>Saved search: %1</source>
        <translation>Gespeicherte Suche: %1</translation>
    </message>
    <message>
        <source>Searches saved by name; choose one to run it again</source>
        <translation>Unter einem Namen gespeicherte Suchen; wählen Sie eine, um sie erneut auszuführen</translation>
    </message>
    <message>
        <source>The last fetch failed: %1</source>
        <translation>Der letzte Abruf schlug fehl: %1</translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>Aufbewahrt: %1</translation>
    </message>
    <message>
        <source>Unread: %1</source>
        <translation>Ungelesen: %1</translation>
    </message>
    <message>
        <source>%1, saved search for %2</source>
        <translation>%1, gespeicherte Suche nach %2</translation>
    </message>
    <message>
        <source>%1, %2 unread</source>
        <translation>%1, %2 ungelesen</translation>
    </message>
    <message>
        <source>%1, %2 unread, last fetch failed</source>
        <translation>%1, %2 ungelesen, letzter Abruf fehlgeschlagen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>the server declared %1</source>
        <translation>der Server gab %1 an</translation>
    </message>
    <message>
        <source>declared %1</source>
        <translation>%1 angegeben</translation>
    </message>
    <message>
        <source>some bytes are not valid %1 and show as replacement characters</source>
        <translation>einige Bytes sind kein gültiges %1 und erscheinen als Ersatzzeichen</translation>
    </message>
    <message>
        <source>%1 but the bytes are UTF-8; read as UTF-8</source>
        <translation>%1, aber die Bytes sind UTF-8; als UTF-8 gelesen</translation>
    </message>
    <message>
        <source>%1 but holds bytes beyond ASCII; read as windows-1252</source>
        <translation>%1, enthält aber Bytes außerhalb von ASCII; als windows-1252 gelesen</translation>
    </message>
    <message>
        <source>%1 but the bytes are windows-1252</source>
        <translation>%1, aber die Bytes sind windows-1252</translation>
    </message>
    <message>
        <source>%1 but the bytes are not valid UTF-8; read as windows-1252</source>
        <translation>%1, aber die Bytes sind kein gültiges UTF-8; als windows-1252 gelesen</translation>
    </message>
    <message>
        <source>%1 but the bytes are not valid UTF-8; ignored</source>
        <translation>%1, aber die Bytes sind kein gültiges UTF-8; ignoriert</translation>
    </message>
    <message>
        <source>%1, which is not an encoding Docket knows; ignored</source>
        <translation>%1, eine Kodierung, die Docket nicht kennt; ignoriert</translation>
    </message>
    <message>
        <source>%1 but the bytes cannot be in that encoding; ignored</source>
        <translation>%1, aber die Bytes können nicht in dieser Kodierung sein; ignoriert</translation>
    </message>
    <message>
        <source>%1, which this system cannot read; ignored</source>
        <translation>%1, das dieses System nicht lesen kann; ignoriert</translation>
    </message>
    <message>
        <source>the bytes are not valid UTF-8; read as windows-1252</source>
        <translation>die Bytes sind kein gültiges UTF-8; als windows-1252 gelesen</translation>
    </message>
    <message>
        <source>%1 but the document starts with a %2 byte order mark; read as %2</source>
        <translation>%1, aber das Dokument beginnt mit einer %2-Bytereihenfolgemarke; als %2 gelesen</translation>
    </message>
    <message>
        <source>%1 but the bytes are %2; read as %2</source>
        <translation>%1, aber die Bytes sind %2; als %2 gelesen</translation>
    </message>
</context>
<context>
    <name>ThreadDocument</name>
    <message>
        <source>Kept</source>
        <translation>Aufbewahrt</translation>
    </message>
    <message>
        <source>Deleted today unless kept</source>
        <translation>Wird heute gelöscht, außer er wird aufbewahrt</translation>
    </message>
    <message>
        <source>Deleted in 1 day unless kept</source>
        <translation>Wird in 1 Tag gelöscht, außer er wird aufbewahrt</translation>
    </message>
    <message>
        <source>Deleted in %1 days unless kept</source>
        <translation>Wird in %1 Tagen gelöscht, außer er wird aufbewahrt</translation>
    </message>
    <message>
        <source>Fetching the full article…</source>
        <translation>Rufe den vollständigen Artikel ab …</translation>
    </message>
    <message>
        <source>The full article could not be fetched.</source>
        <translation>Der vollständige Artikel konnte nicht abgerufen werden.</translation>
    </message>
    <message>
        <source>The full article could not be fetched: %1</source>
        <translation>Der vollständige Artikel konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>The full article page had no article text.</source>
        <translation>Die Seite des vollständigen Artikels enthielt keinen Artikeltext.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>started this thread</source>
        <translation>hat diesen Thread eröffnet</translation>
    </message>
    <message>
        <source>Closed · not open for replies</source>
        <translation>Geschlossen · keine Antworten möglich</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Kategorien:</translation>
    </message>
    <message>
        <source>Continue reading at %1</source>
        <translation>Weiterlesen bei %1</translation>
    </message>
</context>
<context>
    <name>ThreadListModel</name>
    <message>
        <source>Kept</source>
        <translation>Aufbewahrt</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation>in 1 Tag</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>ungelesen</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>aufbewahrt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>ThreadMarking</name>
    <message>
        <source>give one or more thread ids (see docket list)</source>
        <translation>geben Sie eine oder mehrere Thread-IDs an (siehe docket list)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a thread id (see docket list); nothing was changed</source>
        <translation>„%1“ ist keine Thread-ID (siehe docket list); nichts wurde geändert</translation>
    </message>
    <message>
        <source>no such thread: %1 (expired, removed or mistyped); the others were changed</source>
        <translation>kein solcher Thread: %1 (abgelaufen, entfernt oder vertippt); die anderen wurden geändert</translation>
    </message>
</context>
<context>
    <name>ThreadWriterWorker</name>
    <message>
        <source>Could not open the cache %1: %2</source>
        <translation>Der Cache %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Marked %1 threads read.</source>
        <translation>%1 Threads als gelesen markiert.</translation>
    </message>
    <message>
        <source>Could not add the feed: %1</source>
        <translation>Der Feed konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>%1: %2 new threads (%3 older than the retention period were left out).</source>
        <translation>%1: %2 neue Threads (%3 älter als die Aufbewahrungsfrist wurden ausgelassen).</translation>
    </message>
    <message>
        <source>%1: %2 new threads.</source>
        <translation>%1: %2 neue Threads.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Aus %1 wurde nichts importiert: %2</translation>
    </message>
    <message>
        <source>Imported %1 feeds (%2 already subscribed) into %3 folders.</source>
        <translation>%1 Feeds (%2 bereits abonniert) in %3 Ordner importiert.</translation>
    </message>
    <message>
        <source>That feed is no longer subscribed.</source>
        <translation>Dieser Feed ist nicht mehr abonniert.</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 wurde nicht geändert: %2</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>„%1“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>Moved “%1” out of its folder.</source>
        <translation>„%1“ aus seinem Ordner genommen.</translation>
    </message>
    <message>
        <source>Moved “%1” to %2.</source>
        <translation>„%1“ nach %2 verschoben.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” keeps threads for %n day(s).</source>
        <translation>
            <numerusform>„%1“ behält Threads %n Tag.</numerusform>
            <numerusform>„%1“ behält Threads %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” keeps threads as long as the global setting says.</source>
        <translation>„%1“ behält Threads so lange, wie die globale Einstellung sagt.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is checked every %n minute(s).</source>
        <translation>
            <numerusform>„%1“ wird jede Minute geprüft.</numerusform>
            <numerusform>„%1“ wird alle %n Minuten geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is checked as often as the global setting says.</source>
        <translation>„%1“ wird so oft geprüft, wie die globale Einstellung sagt.</translation>
    </message>
    <message>
        <source>Saved the properties of “%1”.</source>
        <translation>Eigenschaften von „%1“ gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribed from “%1”; %n thread(s) deleted with it.</source>
        <translation>
            <numerusform>„%1“ abbestellt; %n Thread damit gelöscht.</numerusform>
            <numerusform>„%1“ abbestellt; %n Threads damit gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation>Die Einstellungen wurden nicht gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Settings saved; %n thread(s) past the new retention period deleted.</source>
        <translation>
            <numerusform>Einstellungen gespeichert; %n Thread nach der neuen Aufbewahrungsfrist gelöscht.</numerusform>
            <numerusform>Einstellungen gespeichert; %n Threads nach der neuen Aufbewahrungsfrist gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Docket tray menu</source>
        <translation>Docket-Menü in der Systemleiste</translation>
    </message>
    <message>
        <source>&amp;Show Docket</source>
        <translation>Docket &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Docket</source>
        <translation>Docket</translation>
    </message>
    <message>
        <source>Docket: nothing unread</source>
        <translation>Docket: nichts ungelesen</translation>
    </message>
    <message>
        <source>Docket: 1 unread thread</source>
        <translation>Docket: 1 ungelesener Thread</translation>
    </message>
    <message>
        <source>Docket: %1 unread threads</source>
        <translation>Docket: %1 ungelesene Threads</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 weitere</translation>
    </message>
    <message>
        <source>1 new thread</source>
        <translation>1 neuer Thread</translation>
    </message>
    <message>
        <source>%1 new threads</source>
        <translation>%1 neue Threads</translation>
    </message>
    <message>
        <source>1 new thread from %1</source>
        <translation>1 neuer Thread von %1</translation>
    </message>
    <message>
        <source>%1 new threads from %2</source>
        <translation>%1 neue Threads von %2</translation>
    </message>
</context>
<context>
    <name>WelcomePane</name>
    <message>
        <source>&lt;h2&gt;Welcome to Docket&lt;/h2&gt;&lt;p&gt;Docket keeps the legal news you follow as closed threads you can read offline, search and keep. Each thread is deleted 21 days after it was posted unless you keep it.&lt;/p&gt;&lt;p&gt;Start by importing the subscriptions from another reader, or add a feed. Or subscribe to a starter list of public legal-news feeds (JURIST, SCOTUSblog, Courthouse News and others, in folders); you can remove any of them later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Docket&lt;/h2&gt;&lt;p&gt;Docket hält die juristischen Nachrichten, denen Sie folgen, als geschlossene Threads bereit, die Sie offline lesen, durchsuchen und aufbewahren können. Jeder Thread wird 21 Tage nach seiner Veröffentlichung gelöscht, sofern Sie ihn nicht aufbewahren.&lt;/p&gt;&lt;p&gt;Beginnen Sie mit dem Import der Abonnements aus einem anderen Reader oder fügen Sie einen Feed hinzu. Oder abonnieren Sie eine Startliste öffentlicher juristischer Nachrichten-Feeds (JURIST, SCOTUSblog, Courthouse News und andere, in Ordnern); jeden davon können Sie später entfernen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import OPML…</source>
        <translation>OPML importieren …</translation>
    </message>
    <message>
        <source>Add a feed…</source>
        <translation>Einen Feed hinzufügen …</translation>
    </message>
    <message>
        <source>Subscribe to starter feeds</source>
        <translation>Start-Feeds abonnieren</translation>
    </message>
    <message>
        <source>Subscribe to a starter list of legal-news feeds</source>
        <translation>Eine Startliste juristischer Nachrichten-Feeds abonnieren</translation>
    </message>
    <message>
        <source>Import subscriptions from an OPML file</source>
        <translation>Abonnements aus einer OPML-Datei importieren</translation>
    </message>
    <message>
        <source>Add a feed</source>
        <translation>Einen Feed hinzufügen</translation>
    </message>
</context>
<context>
    <name>XmlCursor</name>
    <message>
        <source>the elements nest deeper than %1 levels</source>
        <translation>die Elemente sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Docket is already open on this cache; its window was brought forward</source>
        <translation>Docket ist für diesen Cache bereits geöffnet; sein Fenster wurde nach vorn geholt</translation>
    </message>
</context>
</TS>
