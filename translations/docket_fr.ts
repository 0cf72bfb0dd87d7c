<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddCommand</name>
    <message>
        <source>give one feed: a web address, a file:// URL or the path of a feed file</source>
        <translation>indiquez un flux&#xa0;: une adresse web, une URL file:// ou le chemin d&apos;un fichier de flux</translation>
    </message>
    <message>
        <source>--title needs some text</source>
        <translation>--title demande un texte</translation>
    </message>
    <message>
        <source>--folder needs a folder name</source>
        <translation>--folder demande un nom de dossier</translation>
    </message>
    <message>
        <source>folders nest one level deep: give --folder NAME or --folder PARENT/NAME</source>
        <translation>les dossiers ne s&apos;imbriquent que sur un niveau&#xa0;: indiquez --folder NOM ou --folder PARENT/NOM</translation>
    </message>
    <message>
        <source>%1 is not a valid web address</source>
        <translation>%1 n&apos;est pas une adresse web valide</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s) stored from %1</source>
        <translation>
            <numerusform>%n fil enregistré depuis %1</numerusform>
            <numerusform>%n fils enregistrés depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the page also links to %1</source>
        <translation>la page pointe aussi vers %1</translation>
    </message>
    <message>
        <source>the page also links to %1 (%2)</source>
        <translation>la page pointe aussi vers %1 (%2)</translation>
    </message>
</context>
<context>
    <name>AddFeedDialog</name>
    <message>
        <source>Add Feed</source>
        <translation>Ajouter un flux</translation>
    </message>
    <message>
        <source>https://www.jurist.org/news/ or a feed file on this computer</source>
        <translation>https://www.jurist.org/news/ ou un fichier de flux sur cet ordinateur</translation>
    </message>
    <message>
        <source>Feed or web page address</source>
        <translation>Adresse du flux ou de la page web</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Chercher</translation>
    </message>
    <message>
        <source>Find the feed at this address</source>
        <translation>Chercher le flux à cette adresse</translation>
    </message>
    <message>
        <source>Give the address of a feed, or of a web page that links to one.</source>
        <translation>Indiquez l&apos;adresse d&apos;un flux, ou d&apos;une page web qui pointe vers un flux.</translation>
    </message>
    <message>
        <source>What Docket found</source>
        <translation>Ce que Docket a trouvé</translation>
    </message>
    <message>
        <source>Latest threads of the feed</source>
        <translation>Derniers fils du flux</translation>
    </message>
    <message>
        <source>Other feeds the page links to</source>
        <translation>Autres flux vers lesquels la page pointe</translation>
    </message>
    <message>
        <source>Title to show for the feed</source>
        <translation>Titre à afficher pour le flux</translation>
    </message>
    <message>
        <source>Folder for the feed (empty: top level)</source>
        <translation>Dossier du flux (vide&#xa0;: niveau supérieur)</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>S&apos;&amp;abonner</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Latest:</source>
        <translation>Derniers&#xa0;:</translation>
    </message>
    <message>
        <source>Also on the page:</source>
        <translation>Aussi sur la page&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Docket reads web (http, https) addresses and files, not %1: addresses.</source>
        <translation>Docket lit les adresses web (http, https) et les fichiers, pas les adresses %1:.</translation>
    </message>
    <message>
        <source>%1 is not a valid web address.</source>
        <translation>%1 n&apos;est pas une adresse web valide.</translation>
    </message>
    <message>
        <source>Looking for the feed at %1…</source>
        <translation>Recherche du flux à %1…</translation>
    </message>
    <message numerus="yes">
        <source>Found “%1”: %n thread(s), at %2.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» trouvé&#xa0;: %n fil, à %2.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» trouvé&#xa0;: %n fils, à %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message numerus="yes">
        <source>%n other feed(s): choose one to use it instead</source>
        <translation>
            <numerusform>%n autre flux&#xa0;: choisissez-le pour l&apos;utiliser à la place</numerusform>
            <numerusform>%n autres flux&#xa0;: choisissez-en un pour l&apos;utiliser à la place</numerusform>
        </translation>
    </message>
    <message>
        <source>Folders nest one level deep: give NAME or PARENT/NAME.</source>
        <translation>Les dossiers ne s&apos;imbriquent que sur un niveau&#xa0;: indiquez NOM ou PARENT/NOM.</translation>
    </message>
    <message>
        <source>Subscribing…</source>
        <translation>Abonnement…</translation>
    </message>
</context>
<context>
    <name>ArticleCapturer</name>
    <message>
        <source>The page could not be fetched.</source>
        <translation>La page n&apos;a pas pu être récupérée.</translation>
    </message>
    <message>
        <source>The page has no article Docket could find.</source>
        <translation>La page ne contient aucun article que Docket ait pu trouver.</translation>
    </message>
</context>
<context>
    <name>ArticleExporter</name>
    <message>
        <source>could not be written: %1</source>
        <translation>n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ArticleExtractor</name>
    <message>
        <source>No article found on this page</source>
        <translation>Aucun article trouvé sur cette page</translation>
    </message>
</context>
<context>
    <name>ArticleFacts</name>
    <message>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>undated, retrieved %1</source>
        <translation>non daté, récupéré le %1</translation>
    </message>
    <message>
        <source>not given by the feed</source>
        <translation>non fourni par le flux</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Récupéré</translation>
    </message>
    <message>
        <source>Categories: %1</source>
        <translation>Catégories&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>Pièce jointe&#xa0;:</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Read at the source:</source>
        <translation>Lire à la source&#xa0;:</translation>
    </message>
    <message>
        <source>Retrieved from</source>
        <translation>Récupéré depuis</translation>
    </message>
    <message>
        <source>HTTP ETag</source>
        <translation>ETag HTTP</translation>
    </message>
    <message>
        <source>HTTP Last-Modified</source>
        <translation>Last-Modified HTTP</translation>
    </message>
    <message>
        <source>SHA-256 of the stored text</source>
        <translation>SHA-256 du texte enregistré</translation>
    </message>
</context>
<context>
    <name>ArticleHtml</name>
    <message>
        <source>[Image]</source>
        <translation>[Image]</translation>
    </message>
    <message>
        <source>[Image: %1]</source>
        <translation>[Image&#xa0;: %1]</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--database needs a file path</source>
        <translation>--database demande un chemin de fichier</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see docket --help)</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;» (voir docket --help)</translation>
    </message>
    <message>
        <source>no command given (see docket --help)</source>
        <translation>aucune commande indiquée (voir docket --help)</translation>
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
        <translation>Utilisation&#xa0;: docket [--database CHEMIN] [COMMANDE [ARGUMENTS]]

Docket lit l&apos;actualité juridique. Sans commande, il ouvre la fenêtre&#xa0;; avec une
commande, il s&apos;exécute sans fenêtre, fait ce seul travail et se termine.

Commandes&#xa0;:
  parse FILE|- [--base-url URL]   affiche un document de flux en JSON

Abonnements&#xa0;:
  add URL [--folder NAME] [--title TEXT]
      s&apos;abonne à un flux (http, https, une URL file:// ou un chemin) et
      enregistre aussitôt ses fils&#xa0;; affiche ID&lt;tab&gt;TITRE, et sur stderr le
      nombre de fils enregistrés. Une page web mène au premier flux vers
      lequel elle pointe&#xa0;; les autres sont listés sur stderr. --folder NAME
      ou PARENT/NAME est créé s&apos;il manque. Les fils expirés sont ensuite
      supprimés, comme après chaque relève.
  feeds [--json]
      une ligne par flux&#xa0;: ID, DOSSIER (- si aucun), TITRE, URL, ÉTAT,
      FILS, NON LUS, séparés par des tabulations
  remove FEED_ID            se désabonne et supprime les fils du flux
  import-opml FILE|-        ajoute les abonnements d&apos;un autre lecteur, avec
      leurs dossiers&#xa0;; les flux déjà suivis restent tels quels&#xa0;; le fichier
      est lu en entier ou pas du tout. La prochaine relève récupère les flux
      importés.
  export-opml FILE|- [--force]
      écrit les abonnements en OPML 2.0&#xa0;; un sous-dossier devient un dossier
      nommé PARENT/NAME. Un fichier existant n&apos;est remplacé qu&apos;avec --force.
  poll [--all] [--feed ID]
      relève les flux qui sont dus (--all&#xa0;: tous sauf ceux arrêtés après
      «&#xa0;Gone&#xa0;»&#xa0;; --feed&#xa0;: celui-là, arrêté ou non) et enregistre ce qui est
      nouveau. Une ligne par flux&#xa0;: ID, ÉTAT (ok, not modified, error),
      TITRE, DÉTAIL (nombre de nouveaux et de révisés, ou la raison),
      séparés par des tabulations&#xa0;; puis une ligne de résumé. Code de sortie
      1 si un flux a échoué&#xa0;; les autres sont enregistrés malgré tout.
      Limites&#xa0;: --connect-timeout S (15), --idle-timeout S (20),
      --total-timeout S (45), --max-mb N (20), --max-redirects N (5).

Fils&#xa0;:
  list [--feed ID] [--folder NAME] [--search QUERY] [--unread] [--starred]
       [--limit N] [--sort newest|best] [--json]
      les plus récents d&apos;abord (avec --search&#xa0;: les meilleurs résultats
      d&apos;abord, sauf avec --sort newest)&#xa0;; --folder inclut ses sous-dossiers&#xa0;;
      --starred&#xa0;: seulement les fils conservés&#xa0;; --limit de 1 à 1000, 50 par
      défaut. Une ligne par fil&#xa0;: ID, PUBLIÉ (heure locale&#xa0;; - si le flux
      n&apos;en donne pas), FLUX, TITRE avec les marques [kept] et [unread],
      séparés par des tabulations&#xa0;; avec --search, une cinquième colonne (et
      «&#xa0;snippet&#xa0;» en JSON) montre le texte autour des correspondances,
      chacune entre ** et **.
      QUERY&#xa0;: des mots (tous doivent figurer), &quot;expression exacte&quot;, préfixe*,
      OR, NOT, -mot, (groupes), NEAR(a b, 10), title:mot, author:mot.
  show ITEM_ID [--json]     un fil tel que le lecteur l&apos;affiche&#xa0;; --json
      ajoute summary, content, html (assaini), categories, enclosures,
      revisions
  export (ITEM_ID... | --search QUERY | --feed ID) --format html|md|txt|pdf
         --output PATH [--force]
      les fils en un seul document avec un bloc de citation (styles Bluebook
      et OSCOLA)&#xa0;; si PATH est un dossier existant, un fichier par fil, nommé
      d&apos;après son titre. Un fichier existant n&apos;est remplacé qu&apos;avec --force.
      Affiche les fichiers écrits&#xa0;; le PDF est en A4 ou en Letter selon les
      paramètres régionaux.
  keep ITEM_ID... [--off]   conserve des fils (une conservation légale&#xa0;: les
      fils conservés n&apos;expirent jamais), ou les libère avec --off
  mark-read ITEM_ID... [--unread]
      marque des fils comme lus, ou non lus avec --unread
      keep et mark-read modifient tous les fils d&apos;un coup et affichent une
      ligne par fil modifié (un fil déjà dans cet état n&apos;affiche rien)&#xa0;; les
      ID inconnus sont signalés sur stderr (code 1), un ID non numérique ne
      change rien (2).
  expire [--days N] [--dry-run]
      supprime les fils plus anciens que la durée de conservation (21 jours
      à partir de leur publication, ou du moment où Docket a vu pour la
      première fois un fil non daté, sauf modification&#xa0;; la durée propre à
      un flux l&apos;emporte)&#xa0;; les fils conservés restent. --days de 1 à 36500
      remplace la durée pour cette exécution&#xa0;; --dry-run se contente de
      compter.

Options&#xa0;:
  --database PATH   le cache à utiliser (aussi DOCKET_DATABASE)&#xa0;; les
                    commandes de lecture fonctionnent sur un cache en
                    lecture seule
  -h, --help        affiche cette aide
  -v, --version     affiche la version de Docket

Code de sortie&#xa0;: 0 succès&#xa0;; 1 le travail s&apos;est fait mais quelque chose a
échoué&#xa0;; 2 mauvaise utilisation ou entrée illisible.
</translation>
    </message>
</context>
<context>
    <name>ExpireCommand</name>
    <message>
        <source>takes options only, not &apos;%1&apos;</source>
        <translation>n&apos;accepte que des options, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--days takes a number of days from 1 to %1, not &apos;%2&apos;</source>
        <translation>--days attend un nombre de jours de 1 à %1, pas «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Save the current thread, the selected threads or the list as HTML, Markdown, text or PDF, each with its citation</source>
        <translation>Enregistrer le fil affiché, les fils sélectionnés ou la liste en HTML, Markdown, texte ou PDF, chacun avec sa citation</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist in %1. Replace them?</source>
        <translation>
            <numerusform>%n fichier existe déjà dans %1. Le remplacer&#xa0;?</numerusform>
            <numerusform>%n fichiers existent déjà dans %1. Les remplacer&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>An export is already being written.</source>
        <translation>Une exportation est déjà en cours d&apos;écriture.</translation>
    </message>
    <message>
        <source>Reading the threads to export…</source>
        <translation>Lecture des fils à exporter…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was replaced.</source>
        <translation>Exportation annulée&#xa0;; rien n&apos;a été remplacé.</translation>
    </message>
    <message>
        <source>Exported %1 of %2 files…</source>
        <translation>%1 fichiers exportés sur %2…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>%n fichier exporté vers %1.</numerusform>
            <numerusform>%n fichiers exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 threads of the list were exported.</source>
        <translation>Seuls les %1 premiers fils de la liste ont été exportés.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>L&apos;exportation a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>cannot write: %1</source>
        <translation>écriture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>could not be written: %1</source>
        <translation>n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>give thread ids, --search QUERY or --feed ID (see docket list)</source>
        <translation>indiquez des ID de fils, --search QUERY ou --feed ID (voir docket list)</translation>
    </message>
    <message>
        <source>give thread ids, --search or --feed: only one of them</source>
        <translation>indiquez des ID de fils, --search ou --feed&#xa0;: un seul des trois</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a thread id (see docket list)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID de fil (voir docket list)</translation>
    </message>
    <message>
        <source>--feed takes a feed id (see docket feeds), not &apos;%1&apos;</source>
        <translation>--feed attend l&apos;ID d&apos;un flux (voir docket feeds), pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>give --format html, md, txt or pdf</source>
        <translation>indiquez --format html, md, txt ou pdf</translation>
    </message>
    <message>
        <source>--format takes html, md, txt or pdf, not &apos;%1&apos;</source>
        <translation>--format attend html, md, txt ou pdf, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>PDF needs fonts, which this program could not load</source>
        <translation>le PDF a besoin de polices, que ce programme n&apos;a pas pu charger</translation>
    </message>
    <message>
        <source>give --output PATH: a file, or an existing folder for one file per thread</source>
        <translation>indiquez --output PATH&#xa0;: un fichier, ou un dossier existant pour un fichier par fil</translation>
    </message>
    <message>
        <source>there is no folder %1</source>
        <translation>il n&apos;y a pas de dossier %1</translation>
    </message>
    <message>
        <source>there is no folder %1 to write %2 in</source>
        <translation>il n&apos;y a pas de dossier %1 où écrire %2</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it</source>
        <translation>%1 existe déjà&#xa0;; ajoutez --force pour le remplacer</translation>
    </message>
    <message>
        <source>there is no feed %1 (see docket feeds)</source>
        <translation>il n&apos;y a pas de flux %1 (voir docket feeds)</translation>
    </message>
    <message>
        <source>no threads to export; nothing written</source>
        <translation>aucun fil à exporter&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>there is no thread %1: it may have expired or its feed been removed</source>
        <translation>il n&apos;y a pas de fil %1&#xa0;: il a peut-être expiré ou son flux a été retiré</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>One &amp;file per thread, in a folder</source>
        <translation>Un &amp;fichier par fil, dans un dossier</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>The &amp;current thread: %1</source>
        <translation>Le fil &amp;affiché&#xa0;: %1</translation>
    </message>
    <message>
        <source>The &amp;current thread</source>
        <translation>Le fil &amp;affiché</translation>
    </message>
    <message>
        <source>The &amp;selected threads (%1)</source>
        <translation>Les fils &amp;sélectionnés (%1)</translation>
    </message>
    <message>
        <source>The &amp;list: %1 (%2)</source>
        <translation>La &amp;liste&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Only the first %1 threads are exported</source>
        <translation>Seuls les %1 premiers fils sont exportés</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (un seul fichier autonome)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
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
        <translation>Enregistrer dans</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exporter&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>&amp;Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>Exporter dans un dossier</translation>
    </message>
    <message>
        <source>Export to File</source>
        <translation>Exporter dans un fichier</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>A folder</source>
        <translation>Un dossier</translation>
    </message>
    <message>
        <source>A file</source>
        <translation>Un fichier</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>No thread is shown to export.</source>
        <translation>Aucun fil n&apos;est affiché pour l&apos;exportation.</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Choisissez où enregistrer l&apos;exportation.</translation>
    </message>
    <message>
        <source>There is no folder %1 to save the threads in.</source>
        <translation>Il n&apos;y a pas de dossier %1 où enregistrer les fils.</translation>
    </message>
    <message>
        <source>%1 is not a file Docket can save to: choose a file name in an existing folder.</source>
        <translation>%1 n&apos;est pas un fichier où Docket peut enregistrer&#xa0;: choisissez un nom de fichier dans un dossier existant.</translation>
    </message>
    <message>
        <source>There are no threads to export; nothing was written.</source>
        <translation>Il n&apos;y a aucun fil à exporter&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The threads are no longer in the cache; nothing was written.</source>
        <translation>Les fils ne sont plus dans le cache&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ExportOpmlCommand</name>
    <message>
        <source>give one file to write, or - for standard output</source>
        <translation>indiquez un fichier à écrire, ou - pour la sortie standard</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 est un dossier&#xa0;; indiquez un nom de fichier</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it</source>
        <translation>%1 existe déjà&#xa0;; ajoutez --force pour le remplacer</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: could not be written: %2</source>
        <translation>%1&#xa0;: n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FeedActions</name>
    <message>
        <source>Feed &amp;Properties…</source>
        <translation>Propriétés du &amp;flux…</translation>
    </message>
    <message>
        <source>Title, folder, how long threads are kept, how often to check</source>
        <translation>Titre, dossier, durée de conservation des fils, fréquence de relève</translation>
    </message>
    <message>
        <source>Re&amp;name Feed…</source>
        <translation>Re&amp;nommer le flux…</translation>
    </message>
    <message>
        <source>Give the chosen feed another title</source>
        <translation>Donner un autre titre au flux choisi</translation>
    </message>
    <message>
        <source>&amp;Move to Folder…</source>
        <translation>&amp;Déplacer dans un dossier…</translation>
    </message>
    <message>
        <source>Put the chosen feed in a folder, new or existing</source>
        <translation>Placer le flux choisi dans un dossier, nouveau ou existant</translation>
    </message>
    <message>
        <source>Unsu&amp;bscribe…</source>
        <translation>Se désabonn&amp;er…</translation>
    </message>
    <message>
        <source>Remove the chosen feed and delete its threads</source>
        <translation>Retirer le flux choisi et supprimer ses fils</translation>
    </message>
    <message>
        <source>Unsubscribe from “%1”?</source>
        <translation>Se désabonner de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>It has no threads in the cache.</source>
        <translation>Il n&apos;a aucun fil dans le cache.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n thread(s) will be deleted from the cache</source>
        <translation>
            <numerusform>Son unique fil sera supprimé du cache</numerusform>
            <numerusform>Ses %n fils seront supprimés du cache</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, including %n you kept</source>
        <translation>
            <numerusform>, dont %n que vous avez conservé</numerusform>
            <numerusform>, dont %n que vous avez conservés</numerusform>
        </translation>
    </message>
    <message>
        <source>Docket</source>
        <translation>Docket</translation>
    </message>
    <message>
        <source>New title for the feed:</source>
        <translation>Nouveau titre du flux&#xa0;:</translation>
    </message>
    <message>
        <source>Folder (leave empty for none, or type a new name):</source>
        <translation>Dossier (laisser vide pour aucun, ou saisir un nouveau nom)&#xa0;:</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Se désabonner</translation>
    </message>
</context>
<context>
    <name>FeedCompletion</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>FeedFetcher</name>
    <message>
        <source>The address is not a valid web address</source>
        <translation>L&apos;adresse n&apos;est pas une adresse web valide</translation>
    </message>
    <message>
        <source>Docket fetches only http and https addresses, not %1: ones</source>
        <translation>Docket ne récupère que les adresses http et https, pas les adresses %1:</translation>
    </message>
    <message>
        <source>Docket&apos;s network connection was closed</source>
        <translation>La connexion réseau de Docket a été fermée</translation>
    </message>
    <message>
        <source>The server sent more than %1; Docket stopped reading</source>
        <translation>Le serveur a envoyé plus de %1&#xa0;; Docket a cessé de lire</translation>
    </message>
    <message>
        <source>The server %1 answered with something other than HTTP</source>
        <translation>Le serveur %1 a répondu autre chose que du HTTP</translation>
    </message>
    <message>
        <source>The server did not answer within %1</source>
        <translation>Le serveur n&apos;a pas répondu en %1</translation>
    </message>
    <message>
        <source>The server stopped sending for %1; Docket gave up</source>
        <translation>Le serveur n&apos;a plus rien envoyé pendant %1&#xa0;; Docket a abandonné</translation>
    </message>
    <message>
        <source>The server took longer than %1 in all; Docket stopped waiting</source>
        <translation>Le serveur a mis plus de %1 au total&#xa0;; Docket a cessé d&apos;attendre</translation>
    </message>
</context>
<context>
    <name>FeedParser</name>
    <message>
        <source>Not a feed: this is a web page (HTML)</source>
        <translation>Pas un flux&#xa0;: c&apos;est une page web (HTML)</translation>
    </message>
    <message>
        <source>it has no elements</source>
        <translation>il n&apos;a aucun élément</translation>
    </message>
    <message>
        <source>Not a feed: the document is not XML (%1)</source>
        <translation>Pas un flux&#xa0;: le document n&apos;est pas du XML (%1)</translation>
    </message>
    <message>
        <source>Not a feed: the document is &lt;%1&gt;, not RSS, RDF or Atom</source>
        <translation>Pas un flux&#xa0;: le document est &lt;%1&gt;, pas RSS, RDF ou Atom</translation>
    </message>
    <message>
        <source>the document breaks here: %1</source>
        <translation>le document s&apos;interrompt ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 élément</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 éléments</translation>
    </message>
    <message>
        <source>the document breaks at %1:%2: %3; %4 read before it</source>
        <translation>le document s&apos;interrompt en %1:%2&#xa0;: %3&#xa0;; %4 lus avant</translation>
    </message>
    <message>
        <source>the document is too large: %1 bytes, over the limit of %2 bytes</source>
        <translation>le document est trop volumineux&#xa0;: %1 octets, au-delà de la limite de %2 octets</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>le document est vide</translation>
    </message>
</context>
<context>
    <name>FeedPropertiesDialog</name>
    <message>
        <source>Feed Properties</source>
        <translation>Propriétés du flux</translation>
    </message>
    <message>
        <source>Feed title</source>
        <translation>Titre du flux</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>No folder (type a name for a new one)</source>
        <translation>Aucun dossier (saisir un nom pour en créer un)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message numerus="yes">
        <source>The global setting (%n day(s))</source>
        <translation>
            <numerusform>Le réglage général (%n jour)</numerusform>
            <numerusform>Le réglage général (%n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep this feed&apos;s threads for this many days</source>
        <translation>Durée de conservation des fils de ce flux, en jours</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message numerus="yes">
        <source>The global setting (every %n minute(s))</source>
        <translation>
            <numerusform>Le réglage général (toutes les %n minute)</numerusform>
            <numerusform>Le réglage général (toutes les %n minutes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Check this feed every this many minutes</source>
        <translation>Intervalle de relève de ce flux, en minutes</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep threads for:</source>
        <translation>&amp;Conserver les fils pendant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Check every:</source>
        <translation>&amp;Relever toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Fetch the full article of new threads</source>
        <translation>Récupérer l&apos;article complet des nouveaux fils</translation>
    </message>
    <message>
        <source>When the feed sends only a summary</source>
        <translation>Quand le flux n&apos;envoie qu&apos;un résumé</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Full &amp;articles:</source>
        <translation>&amp;Articles complets&#xa0;:</translation>
    </message>
</context>
<context>
    <name>FeedsCommand</name>
    <message>
        <source>takes no arguments, not &apos;%1&apos;</source>
        <translation>n&apos;accepte aucun argument, pas «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>FetchMessage</name>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>The server did not understand Docket&apos;s request (HTTP 400)</source>
        <translation>Le serveur n&apos;a pas compris la requête de Docket (HTTP 400)</translation>
    </message>
    <message>
        <source>The server asks for a user name and password, and did not accept the ones given (HTTP 401)</source>
        <translation>Le serveur demande un nom d&apos;utilisateur et un mot de passe, et n&apos;a pas accepté ceux fournis (HTTP 401)</translation>
    </message>
    <message>
        <source>The server refused access to this feed (HTTP 403)</source>
        <translation>Le serveur a refusé l&apos;accès à ce flux (HTTP 403)</translation>
    </message>
    <message>
        <source>Not found (HTTP 404)</source>
        <translation>Introuvable (HTTP 404)</translation>
    </message>
    <message>
        <source>Gone: the publisher removed this feed (HTTP 410)</source>
        <translation>Disparu&#xa0;: l&apos;éditeur a retiré ce flux (HTTP 410)</translation>
    </message>
    <message>
        <source>Too many requests: the server asked Docket to wait %1 (HTTP 429)</source>
        <translation>Trop de requêtes&#xa0;: le serveur a demandé à Docket d&apos;attendre %1 (HTTP 429)</translation>
    </message>
    <message>
        <source>Too many requests: the server asked Docket to slow down (HTTP 429)</source>
        <translation>Trop de requêtes&#xa0;: le serveur a demandé à Docket de ralentir (HTTP 429)</translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP 500)</source>
        <translation>Le serveur a eu une erreur interne (HTTP 500)</translation>
    </message>
    <message>
        <source>A gateway in front of the server failed (HTTP %1)</source>
        <translation>Une passerelle devant le serveur a échoué (HTTP %1)</translation>
    </message>
    <message>
        <source>The server is unavailable for now and asked Docket to wait %1 (HTTP 503)</source>
        <translation>Le serveur est indisponible pour l&apos;instant et a demandé à Docket d&apos;attendre %1 (HTTP 503)</translation>
    </message>
    <message>
        <source>The server is unavailable for now (HTTP 503)</source>
        <translation>Le serveur est indisponible pour l&apos;instant (HTTP 503)</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1)</source>
        <translation>Le serveur a échoué (HTTP %1)</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1)</source>
        <translation>Le serveur a refusé la requête (HTTP %1)</translation>
    </message>
    <message>
        <source>The server gave an answer Docket cannot use (HTTP %1)</source>
        <translation>Le serveur a donné une réponse que Docket ne peut pas utiliser (HTTP %1)</translation>
    </message>
    <message>
        <source>The server %1 refused the connection</source>
        <translation>Le serveur %1 a refusé la connexion</translation>
    </message>
    <message>
        <source>The server %1 broke off the connection before sending the whole feed</source>
        <translation>Le serveur %1 a rompu la connexion avant d&apos;envoyer tout le flux</translation>
    </message>
    <message>
        <source>No server named %1 could be found; check the address</source>
        <translation>Aucun serveur nommé %1 n&apos;a été trouvé&#xa0;; vérifiez l&apos;adresse</translation>
    </message>
    <message>
        <source>The connection to %1 timed out</source>
        <translation>La connexion à %1 a expiré</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate could not be trusted</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: son certificat n&apos;est pas digne de confiance</translation>
    </message>
    <message>
        <source>The network is not available; check the internet connection</source>
        <translation>Le réseau n&apos;est pas disponible&#xa0;; vérifiez la connexion à Internet</translation>
    </message>
    <message>
        <source>The proxy server could not be reached; check the proxy settings</source>
        <translation>Le serveur mandataire est injoignable&#xa0;; vérifiez les réglages du proxy</translation>
    </message>
    <message>
        <source>The proxy server asks for a user name and password</source>
        <translation>Le serveur mandataire demande un nom d&apos;utilisateur et un mot de passe</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>La connexion à %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FolderArgument</name>
    <message>
        <source>A folder needs a name.</source>
        <translation>Un dossier doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>HtmlExporter</name>
    <message numerus="yes">
        <source>%n articles</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageConsentBar</name>
    <message>
        <source>Load images</source>
        <translation>Charger les images</translation>
    </message>
    <message>
        <source>Always for this feed</source>
        <translation>Toujours pour ce flux</translation>
    </message>
    <message>
        <source>Remote images</source>
        <translation>Images distantes</translation>
    </message>
    <message>
        <source>Load images for this article</source>
        <translation>Charger les images de cet article</translation>
    </message>
    <message>
        <source>Always load images for this feed</source>
        <translation>Toujours charger les images de ce flux</translation>
    </message>
    <message>
        <source>This article has images from %1.</source>
        <translation>Cet article contient des images de %1.</translation>
    </message>
</context>
<context>
    <name>ImportOpmlCommand</name>
    <message>
        <source>give one OPML file, or - for standard input</source>
        <translation>indiquez un fichier OPML, ou - pour l&apos;entrée standard</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>takes options only, not &apos;%1&apos;</source>
        <translation>n&apos;accepte que des options, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to %1, not &apos;%2&apos;</source>
        <translation>--limit attend un nombre de 1 à %1, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>--feed takes a feed id (see docket feeds), not &apos;%1&apos;</source>
        <translation>--feed attend l&apos;ID d&apos;un flux (voir docket feeds), pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--sort best needs --search</source>
        <translation>--sort best demande --search</translation>
    </message>
    <message>
        <source>--sort takes newest or best, not &apos;%1&apos;</source>
        <translation>--sort attend newest ou best, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>there is no feed %1 (see docket feeds)</source>
        <translation>il n&apos;y a pas de flux %1 (voir docket feeds)</translation>
    </message>
    <message>
        <source>there is no folder called &quot;%1&quot;</source>
        <translation>il n&apos;y a pas de dossier nommé «&#xa0;%1&#xa0;»</translation>
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
        <translation>Le cache %1 n&apos;a pas pu être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n thread(s) past the retention period.</source>
        <translation>
            <numerusform>%n fil au-delà de la durée de conservation supprimé.</numerusform>
            <numerusform>%n fils au-delà de la durée de conservation supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Search threads (Ctrl+F or /)</source>
        <translation>Rechercher dans les fils (Ctrl+F ou /)</translation>
    </message>
    <message>
        <source>Search threads</source>
        <translation>Rechercher dans les fils</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Fils</translation>
    </message>
    <message>
        <source>Docket opens only web and mail links; not opened: %1</source>
        <translation>Docket n&apos;ouvre que les liens web et courriel&#xa0;; non ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Add Feed…</source>
        <translation>&amp;Ajouter un flux…</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>&amp;Importer un OPML…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Mark All &amp;Read</source>
        <translation>Tout marquer comme &amp;lu</translation>
    </message>
    <message>
        <source>&amp;Next Thread</source>
        <translation>Fil &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Thread</source>
        <translation>Fil &amp;précédent</translation>
    </message>
    <message>
        <source>Next &amp;Unread</source>
        <translation>&amp;Non lu suivant</translation>
    </message>
    <message>
        <source>Toggle &amp;Read</source>
        <translation>Basculer &amp;lu</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message>
        <source>&amp;Open Original</source>
        <translation>&amp;Ouvrir l&apos;original</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Sa&amp;ve Search…</source>
        <translation>&amp;Enregistrer la recherche…</translation>
    </message>
    <message>
        <source>Save the search box&apos;s query by name, to run it again from the sources</source>
        <translation>Enregistrer la requête de la zone de recherche sous un nom, pour la relancer depuis les sources</translation>
    </message>
    <message>
        <source>&amp;Delete Saved Search</source>
        <translation>Supprimer la rec&amp;herche enregistrée</translation>
    </message>
    <message>
        <source>Scroll the article, then go to the next unread thread (Space)</source>
        <translation>Faire défiler l&apos;article, puis passer au fil non lu suivant (Espace)</translation>
    </message>
    <message>
        <source>&amp;Thread</source>
        <translation>F&amp;il</translation>
    </message>
    <message>
        <source>F&amp;eeds</source>
        <translation>F&amp;lux</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;Problems…</source>
        <translation>&amp;Problèmes…</translation>
    </message>
    <message>
        <source>Feeds whose last fetch failed, and why</source>
        <translation>Flux dont la dernière relève a échoué, et pourquoi</translation>
    </message>
    <message>
        <source>Best matches for %1</source>
        <translation>Meilleurs résultats pour %1</translation>
    </message>
    <message>
        <source>This thread is no longer in the cache.</source>
        <translation>Ce fil n&apos;est plus dans le cache.</translation>
    </message>
    <message>
        <source>No more unread threads here.</source>
        <translation>Plus aucun fil non lu ici.</translation>
    </message>
    <message>
        <source>This thread has no web address to open.</source>
        <translation>Ce fil n&apos;a pas d&apos;adresse web à ouvrir.</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <source>Name for the search:</source>
        <translation>Nom de la recherche&#xa0;:</translation>
    </message>
    <message>
        <source>The search was not saved: %1</source>
        <translation>La recherche n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved the search “%1”.</source>
        <translation>Recherche «&#xa0;%1&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>The saved search was not deleted: %1</source>
        <translation>La recherche enregistrée n&apos;a pas été supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deleted the saved search “%1”.</source>
        <translation>Recherche enregistrée «&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>Ajout de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Subscribed to %1: %n thread(s) stored.</source>
        <translation>
            <numerusform>Abonné à %1&#xa0;: %n fil enregistré.</numerusform>
            <numerusform>Abonné à %1&#xa0;: %n fils enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>Importer un OPML</translation>
    </message>
    <message>
        <source>Subscription lists (*.opml *.xml);;All files (*)</source>
        <translation>Listes d&apos;abonnements (*.opml *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Docket is already fetching feeds.</source>
        <translation>Docket relève déjà les flux.</translation>
    </message>
    <message>
        <source>Choose a feed, or All threads, to mark read.</source>
        <translation>Choisissez un flux, ou Tous les fils, à marquer comme lus.</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Subscribing to the starter feeds…</source>
        <translation>Abonnement aux flux de départ…</translation>
    </message>
    <message>
        <source>the starter feeds</source>
        <translation>les flux de départ</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Copié&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, search “%2”</source>
        <translation>%1, recherche «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ParseCommand</name>
    <message>
        <source>give one feed file, or - for standard input</source>
        <translation>indiquez un fichier de flux, ou - pour l&apos;entrée standard</translation>
    </message>
    <message>
        <source>--base-url needs an absolute URL, not &apos;%1&apos;</source>
        <translation>--base-url demande une URL absolue, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--max-bytes needs a positive number of bytes</source>
        <translation>--max-bytes demande un nombre d&apos;octets positif</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>retrieved %1</source>
        <translation>récupéré le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n articles</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>could not start the PDF</source>
        <translation>le PDF n&apos;a pas pu être commencé</translation>
    </message>
    <message>
        <source>could not add a page</source>
        <translation>impossible d&apos;ajouter une page</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>could not finish the PDF</source>
        <translation>le PDF n&apos;a pas pu être terminé</translation>
    </message>
</context>
<context>
    <name>PollCommand</name>
    <message>
        <source>takes no arguments, not &apos;%1&apos;</source>
        <translation>n&apos;accepte aucun argument, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>give --all or --feed ID, not both</source>
        <translation>indiquez --all ou --feed ID, pas les deux</translation>
    </message>
    <message>
        <source>--feed needs a feed id (see docket feeds), not &apos;%1&apos;</source>
        <translation>--feed demande l&apos;ID d&apos;un flux (voir docket feeds), pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 attend un nombre entier de %2 à %3, pas «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>there is no feed %1 (see docket feeds)</source>
        <translation>il n&apos;y a pas de flux %1 (voir docket feeds)</translation>
    </message>
</context>
<context>
    <name>PollFeedback</name>
    <message>
        <source>Feeds polled</source>
        <translation>Flux relevés</translation>
    </message>
    <message>
        <source>%v of %m feeds</source>
        <translation>%v flux sur %m</translation>
    </message>
    <message>
        <source>No feed was due for a fetch.</source>
        <translation>Aucun flux n&apos;était à relever.</translation>
    </message>
    <message numerus="yes">
        <source>Polled %n feed(s): </source>
        <translation>
            <numerusform>%n flux relevé&#xa0;: </numerusform>
            <numerusform>%n flux relevés&#xa0;: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new thread(s)</source>
        <translation>
            <numerusform>%n nouveau fil</numerusform>
            <numerusform>%n nouveaux fils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n revised</source>
        <translation>
            <numerusform>, %n révisé</numerusform>
            <numerusform>, %n révisés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n failed (see Feeds ▸ Problems)</source>
        <translation>
            <numerusform>; %n en échec (voir Flux ▸ Problèmes)</numerusform>
            <numerusform>; %n en échec (voir Flux ▸ Problèmes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n feed(s)…</source>
        <translation>
            <numerusform>Relève de %n flux…</numerusform>
            <numerusform>Relève de %n flux…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PollWorker</name>
    <message>
        <source>Could not open the cache %1: %2</source>
        <translation>Impossible d&apos;ouvrir le cache %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Feeds whose last fetch failed</source>
        <translation>Flux dont la dernière relève a échoué</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Failing since</source>
        <translation>En échec depuis</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Prochain essai</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Fetch the chosen feed again now</source>
        <translation>Relever à nouveau le flux choisi maintenant</translation>
    </message>
    <message>
        <source>Docket could not read the feeds: %1</source>
        <translation>Docket n&apos;a pas pu lire les flux&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n failed fetch(es) in a row)</source>
        <translation>
            <numerusform>%1 (%n relève échouée d&apos;affilée)</numerusform>
            <numerusform>%1 (%n relèves échouées d&apos;affilée)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: Try Again to resume</source>
        <translation>Arrêté&#xa0;: Réessayer pour reprendre</translation>
    </message>
    <message>
        <source>Every feed fetched without a problem last time.</source>
        <translation>La dernière fois, tous les flux ont été relevés sans problème.</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) failed on their last fetch. Their threads are still here; Docket keeps trying, waiting longer after each failure.</source>
        <translation>
            <numerusform>%n flux a échoué lors de sa dernière relève. Ses fils sont toujours là&#xa0;; Docket continue d&apos;essayer, en attendant plus longtemps après chaque échec.</numerusform>
            <numerusform>%n flux ont échoué lors de leur dernière relève. Leurs fils sont toujours là&#xa0;; Docket continue d&apos;essayer, en attendant plus longtemps après chaque échec.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching again…</source>
        <translation>Nouvelle relève…</translation>
    </message>
</context>
<context>
    <name>ProvenanceHtml</name>
    <message>
        <source>(none sent)</source>
        <translation>(aucun envoyé)</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Récupéré</translation>
    </message>
    <message>
        <source>Final URL</source>
        <translation>URL finale</translation>
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
        <translation>Élément du flux</translation>
    </message>
    <message>
        <source>Full article</source>
        <translation>Article complet</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
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
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A feed needs a title.</source>
        <translation>Un flux doit avoir un titre.</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Copy &amp;Citation</source>
        <translation>Copier la ci&amp;tation</translation>
    </message>
    <message>
        <source>Put the article&apos;s Bluebook citation on the clipboard</source>
        <translation>Copier la citation Bluebook de l&apos;article dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy OSCOLA Citation</source>
        <translation>Copier la citation OSCOLA</translation>
    </message>
    <message>
        <source>Put the article&apos;s OSCOLA citation on the clipboard</source>
        <translation>Copier la citation OSCOLA de l&apos;article dans le presse-papiers</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Texte de l&apos;article</translation>
    </message>
    <message>
        <source>Feed &amp;Summary</source>
        <translation>&amp;Résumé du flux</translation>
    </message>
    <message>
        <source>Show the text the feed sent</source>
        <translation>Afficher le texte envoyé par le flux</translation>
    </message>
    <message>
        <source>&amp;Full Article</source>
        <translation>Article co&amp;mplet</translation>
    </message>
    <message>
        <source>Show the whole article Docket fetched from its page</source>
        <translation>Afficher l&apos;article entier que Docket a récupéré sur sa page</translation>
    </message>
</context>
<context>
    <name>RedirectRule</name>
    <message>
        <source>The server redirected Docket without saying where to (HTTP %1)</source>
        <translation>Le serveur a redirigé Docket sans dire vers où (HTTP %1)</translation>
    </message>
    <message>
        <source>The server redirected Docket to an address that is not valid (HTTP %1)</source>
        <translation>Le serveur a redirigé Docket vers une adresse qui n&apos;est pas valide (HTTP %1)</translation>
    </message>
    <message>
        <source>The server redirected Docket more than %1 times; Docket stopped following</source>
        <translation>Le serveur a redirigé Docket plus de %1 fois&#xa0;; Docket a cessé de suivre</translation>
    </message>
    <message>
        <source>The redirect leads to a %1: address, which Docket never follows</source>
        <translation>La redirection mène à une adresse %1:, que Docket ne suit jamais</translation>
    </message>
    <message>
        <source>The redirect leads from a secure https: address to an insecure http: one, which Docket does not follow</source>
        <translation>La redirection mène d&apos;une adresse https: sécurisée à une adresse http: non sécurisée, que Docket ne suit pas</translation>
    </message>
</context>
<context>
    <name>RemoveCommand</name>
    <message>
        <source>give the id of one feed (see docket feeds)</source>
        <translation>indiquez l&apos;ID d&apos;un flux (voir docket feeds)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a feed id (see docket feeds)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID de flux (voir docket feeds)</translation>
    </message>
    <message>
        <source>there is no feed %1 (see docket feeds)</source>
        <translation>il n&apos;y a pas de flux %1 (voir docket feeds)</translation>
    </message>
</context>
<context>
    <name>SettingsCommand</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <source>Retention, polling, images, proxy, language, tray and notices</source>
        <translation>Conservation, relève, images, proxy, langue, zone de notification et avis</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Réglages enregistrés.</translation>
    </message>
    <message>
        <source>The new language takes effect the next time Docket starts.</source>
        <translation>La nouvelle langue prendra effet au prochain démarrage de Docket.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Keep threads for this many days</source>
        <translation>Durée de conservation des fils, en jours</translation>
    </message>
    <message>
        <source>Threads older than this are deleted, unless you keep them or their feed says otherwise.</source>
        <translation>Les fils plus anciens sont supprimés, sauf si vous les conservez ou si leur flux en décide autrement.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Check feeds every this many minutes</source>
        <translation>Intervalle de relève des flux, en minutes</translation>
    </message>
    <message>
        <source>Images from other servers</source>
        <translation>Images d&apos;autres serveurs</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>Demander à chaque fois</translation>
    </message>
    <message>
        <source>Always load</source>
        <translation>Toujours charger</translation>
    </message>
    <message>
        <source>Never load</source>
        <translation>Ne jamais charger</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>The system&apos;s settings</source>
        <translation>Les réglages du système</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Aucun proxy</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>Proxy HTTP</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>Proxy SOCKS5</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Hôte du proxy</translation>
    </message>
    <message>
        <source>proxy.example.org</source>
        <translation>proxy.example.org</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Port du proxy</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>Start in the tray, and hide there when the window is closed</source>
        <translation>Démarrer dans la zone de notification, et s&apos;y cacher quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>Start in the tray</source>
        <translation>Démarrer dans la zone de notification</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification.</translation>
    </message>
    <message>
        <source>Tell me when new threads arrive</source>
        <translation>Me prévenir à l&apos;arrivée de nouveaux fils</translation>
    </message>
    <message>
        <source>Notify on new threads</source>
        <translation>Avertir des nouveaux fils</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep threads for:</source>
        <translation>&amp;Conserver les fils pendant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Check feeds every:</source>
        <translation>&amp;Relever les flux toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Images from other servers:</source>
        <translation>&amp;Images d&apos;autres serveurs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Docket starts.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage de Docket.</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>give the id of one thread (see docket list)</source>
        <translation>indiquez l&apos;ID d&apos;un fil (voir docket list)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a thread id (see docket list)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID de fil (voir docket list)</translation>
    </message>
    <message>
        <source>there is no thread %1: it may have expired or its feed been removed</source>
        <translation>il n&apos;y a pas de fil %1&#xa0;: il a peut-être expiré ou son flux a été retiré</translation>
    </message>
</context>
<context>
    <name>SourceTreeModel</name>
    <message>
        <source>All threads</source>
        <translation>Tous les fils</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lus</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservés</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <source>Saved search: %1</source>
        <translation>Recherche enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Searches saved by name; choose one to run it again</source>
        <translation>Recherches enregistrées sous un nom&#xa0;; choisissez-en une pour la relancer</translation>
    </message>
    <message>
        <source>The last fetch failed: %1</source>
        <translation>La dernière relève a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>Conservés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unread: %1</source>
        <translation>Non lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, saved search for %2</source>
        <translation>%1, recherche enregistrée de %2</translation>
    </message>
    <message>
        <source>%1, %2 unread</source>
        <translation>%1, %2 non lus</translation>
    </message>
    <message>
        <source>%1, %2 unread, last fetch failed</source>
        <translation>%1, %2 non lus, dernière relève en échec</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>the server declared %1</source>
        <translation>le serveur a déclaré %1</translation>
    </message>
    <message>
        <source>declared %1</source>
        <translation>%1 déclaré</translation>
    </message>
    <message>
        <source>some bytes are not valid %1 and show as replacement characters</source>
        <translation>certains octets ne sont pas du %1 valide et s&apos;affichent comme caractères de remplacement</translation>
    </message>
    <message>
        <source>%1 but the bytes are UTF-8; read as UTF-8</source>
        <translation>%1 mais les octets sont en UTF-8&#xa0;; lu en UTF-8</translation>
    </message>
    <message>
        <source>%1 but holds bytes beyond ASCII; read as windows-1252</source>
        <translation>%1 mais contient des octets hors ASCII&#xa0;; lu en windows-1252</translation>
    </message>
    <message>
        <source>%1 but the bytes are windows-1252</source>
        <translation>%1 mais les octets sont en windows-1252</translation>
    </message>
    <message>
        <source>%1 but the bytes are not valid UTF-8; read as windows-1252</source>
        <translation>%1 mais les octets ne sont pas de l&apos;UTF-8 valide&#xa0;; lu en windows-1252</translation>
    </message>
    <message>
        <source>%1 but the bytes are not valid UTF-8; ignored</source>
        <translation>%1 mais les octets ne sont pas de l&apos;UTF-8 valide&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>%1, which is not an encoding Docket knows; ignored</source>
        <translation>%1, un encodage que Docket ne connaît pas&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>%1 but the bytes cannot be in that encoding; ignored</source>
        <translation>%1 mais les octets ne peuvent pas être dans cet encodage&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>%1, which this system cannot read; ignored</source>
        <translation>%1, que ce système ne sait pas lire&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>the bytes are not valid UTF-8; read as windows-1252</source>
        <translation>les octets ne sont pas de l&apos;UTF-8 valide&#xa0;; lu en windows-1252</translation>
    </message>
    <message>
        <source>%1 but the document starts with a %2 byte order mark; read as %2</source>
        <translation>%1 mais le document commence par une marque d&apos;ordre des octets %2&#xa0;; lu en %2</translation>
    </message>
    <message>
        <source>%1 but the bytes are %2; read as %2</source>
        <translation>%1 mais les octets sont en %2&#xa0;; lu en %2</translation>
    </message>
</context>
<context>
    <name>ThreadDocument</name>
    <message>
        <source>Kept</source>
        <translation>Conservé</translation>
    </message>
    <message>
        <source>Deleted today unless kept</source>
        <translation>Supprimé aujourd&apos;hui s&apos;il n&apos;est pas conservé</translation>
    </message>
    <message>
        <source>Deleted in 1 day unless kept</source>
        <translation>Supprimé dans 1 jour s&apos;il n&apos;est pas conservé</translation>
    </message>
    <message>
        <source>Deleted in %1 days unless kept</source>
        <translation>Supprimé dans %1 jours s&apos;il n&apos;est pas conservé</translation>
    </message>
    <message>
        <source>Fetching the full article…</source>
        <translation>Récupération de l&apos;article complet…</translation>
    </message>
    <message>
        <source>The full article could not be fetched.</source>
        <translation>L&apos;article complet n&apos;a pas pu être récupéré.</translation>
    </message>
    <message>
        <source>The full article could not be fetched: %1</source>
        <translation>L&apos;article complet n&apos;a pas pu être récupéré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The full article page had no article text.</source>
        <translation>La page de l&apos;article complet ne contenait aucun texte d&apos;article.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>started this thread</source>
        <translation>a ouvert ce fil</translation>
    </message>
    <message>
        <source>Closed · not open for replies</source>
        <translation>Fermé · aucune réponse possible</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Catégories&#xa0;:</translation>
    </message>
    <message>
        <source>Continue reading at %1</source>
        <translation>Continuer la lecture sur %1</translation>
    </message>
</context>
<context>
    <name>ThreadListModel</name>
    <message>
        <source>Kept</source>
        <translation>Conservés</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation>dans 1 jour</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>dans %1 jours</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lu</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservé</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
</context>
<context>
    <name>ThreadMarking</name>
    <message>
        <source>give one or more thread ids (see docket list)</source>
        <translation>indiquez l&apos;ID d&apos;un ou plusieurs fils (voir docket list)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a thread id (see docket list); nothing was changed</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID de fil (voir docket list)&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>no such thread: %1 (expired, removed or mistyped); the others were changed</source>
        <translation>fil introuvable&#xa0;: %1 (expiré, retiré ou mal saisi)&#xa0;; les autres ont été modifiés</translation>
    </message>
</context>
<context>
    <name>ThreadWriterWorker</name>
    <message>
        <source>Could not open the cache %1: %2</source>
        <translation>Impossible d&apos;ouvrir le cache %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Marked %1 threads read.</source>
        <translation>%1 fils marqués comme lus.</translation>
    </message>
    <message>
        <source>Could not add the feed: %1</source>
        <translation>Impossible d&apos;ajouter le flux&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2 new threads (%3 older than the retention period were left out).</source>
        <translation>%1&#xa0;: %2 nouveaux fils (%3 plus anciens que la durée de conservation ont été écartés).</translation>
    </message>
    <message>
        <source>%1: %2 new threads.</source>
        <translation>%1&#xa0;: %2 nouveaux fils.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Rien n&apos;a été importé depuis %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Imported %1 feeds (%2 already subscribed) into %3 folders.</source>
        <translation>%1 flux importés (%2 déjà suivis) dans %3 dossiers.</translation>
    </message>
    <message>
        <source>That feed is no longer subscribed.</source>
        <translation>Ce flux n&apos;est plus suivi.</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 n&apos;a pas été modifié&#xa0;: %2</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» renommé en «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Moved “%1” out of its folder.</source>
        <translation>«&#xa0;%1&#xa0;» sorti de son dossier.</translation>
    </message>
    <message>
        <source>Moved “%1” to %2.</source>
        <translation>«&#xa0;%1&#xa0;» déplacé dans %2.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” keeps threads for %n day(s).</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» conserve les fils %n jour.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» conserve les fils %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” keeps threads as long as the global setting says.</source>
        <translation>«&#xa0;%1&#xa0;» conserve les fils aussi longtemps que le réglage général le prévoit.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is checked every %n minute(s).</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» est relevé toutes les %n minute.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» est relevé toutes les %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is checked as often as the global setting says.</source>
        <translation>«&#xa0;%1&#xa0;» est relevé aussi souvent que le réglage général le prévoit.</translation>
    </message>
    <message>
        <source>Saved the properties of “%1”.</source>
        <translation>Propriétés de «&#xa0;%1&#xa0;» enregistrées.</translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribed from “%1”; %n thread(s) deleted with it.</source>
        <translation>
            <numerusform>Désabonné de «&#xa0;%1&#xa0;»&#xa0;; %n fil supprimé avec lui.</numerusform>
            <numerusform>Désabonné de «&#xa0;%1&#xa0;»&#xa0;; %n fils supprimés avec lui.</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation>Les réglages n&apos;ont pas été enregistrés&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Settings saved; %n thread(s) past the new retention period deleted.</source>
        <translation>
            <numerusform>Réglages enregistrés&#xa0;; %n fil au-delà de la nouvelle durée de conservation supprimé.</numerusform>
            <numerusform>Réglages enregistrés&#xa0;; %n fils au-delà de la nouvelle durée de conservation supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Réglages enregistrés.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Docket tray menu</source>
        <translation>Menu de Docket dans la zone de notification</translation>
    </message>
    <message>
        <source>&amp;Show Docket</source>
        <translation>&amp;Afficher Docket</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Docket</source>
        <translation>Docket</translation>
    </message>
    <message>
        <source>Docket: nothing unread</source>
        <translation>Docket&#xa0;: rien de non lu</translation>
    </message>
    <message>
        <source>Docket: 1 unread thread</source>
        <translation>Docket&#xa0;: 1 fil non lu</translation>
    </message>
    <message>
        <source>Docket: %1 unread threads</source>
        <translation>Docket&#xa0;: %1 fils non lus</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 de plus</translation>
    </message>
    <message>
        <source>1 new thread</source>
        <translation>1 nouveau fil</translation>
    </message>
    <message>
        <source>%1 new threads</source>
        <translation>%1 nouveaux fils</translation>
    </message>
    <message>
        <source>1 new thread from %1</source>
        <translation>1 nouveau fil de %1</translation>
    </message>
    <message>
        <source>%1 new threads from %2</source>
        <translation>%1 nouveaux fils de %2</translation>
    </message>
</context>
<context>
    <name>WelcomePane</name>
    <message>
        <source>&lt;h2&gt;Welcome to Docket&lt;/h2&gt;&lt;p&gt;Docket keeps the legal news you follow as closed threads you can read offline, search and keep. Each thread is deleted 21 days after it was posted unless you keep it.&lt;/p&gt;&lt;p&gt;Start by importing the subscriptions from another reader, or add a feed. Or subscribe to a starter list of public legal-news feeds (JURIST, SCOTUSblog, Courthouse News and others, in folders); you can remove any of them later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans Docket&lt;/h2&gt;&lt;p&gt;Docket garde l&apos;actualité juridique que vous suivez sous forme de fils fermés que vous pouvez lire hors ligne, rechercher et conserver. Chaque fil est supprimé 21 jours après sa publication, sauf si vous le conservez.&lt;/p&gt;&lt;p&gt;Commencez par importer les abonnements d&apos;un autre lecteur, ou ajoutez un flux. Ou abonnez-vous à une liste de départ de flux publics d&apos;actualité juridique (JURIST, SCOTUSblog, Courthouse News et d&apos;autres, en dossiers)&#xa0;; vous pourrez retirer n&apos;importe lequel plus tard.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import OPML…</source>
        <translation>Importer un OPML…</translation>
    </message>
    <message>
        <source>Add a feed…</source>
        <translation>Ajouter un flux…</translation>
    </message>
    <message>
        <source>Subscribe to starter feeds</source>
        <translation>S&apos;abonner aux flux de départ</translation>
    </message>
    <message>
        <source>Subscribe to a starter list of legal-news feeds</source>
        <translation>S&apos;abonner à une liste de départ de flux d&apos;actualité juridique</translation>
    </message>
    <message>
        <source>Import subscriptions from an OPML file</source>
        <translation>Importer des abonnements depuis un fichier OPML</translation>
    </message>
    <message>
        <source>Add a feed</source>
        <translation>Ajouter un flux</translation>
    </message>
</context>
<context>
    <name>XmlCursor</name>
    <message>
        <source>the elements nest deeper than %1 levels</source>
        <translation>les éléments s&apos;imbriquent sur plus de %1 niveaux</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Docket is already open on this cache; its window was brought forward</source>
        <translation>Docket est déjà ouvert sur ce cache&#xa0;; sa fenêtre a été mise au premier plan</translation>
    </message>
</context>
</TS>
