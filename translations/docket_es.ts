<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddCommand</name>
    <message>
        <source>give one feed: a web address, a file:// URL or the path of a feed file</source>
        <translation>indique una fuente: una dirección web, una URL file:// o la ruta de un archivo de fuente</translation>
    </message>
    <message>
        <source>--title needs some text</source>
        <translation>--title necesita un texto</translation>
    </message>
    <message>
        <source>--folder needs a folder name</source>
        <translation>--folder necesita un nombre de carpeta</translation>
    </message>
    <message>
        <source>folders nest one level deep: give --folder NAME or --folder PARENT/NAME</source>
        <translation>las carpetas solo se anidan un nivel: indique --folder NOMBRE o --folder PADRE/NOMBRE</translation>
    </message>
    <message>
        <source>%1 is not a valid web address</source>
        <translation>%1 no es una dirección web válida</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s) stored from %1</source>
        <translation>
            <numerusform>%n hilo guardado de %1</numerusform>
            <numerusform>%n hilos guardados de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the page also links to %1</source>
        <translation>la página también enlaza a %1</translation>
    </message>
    <message>
        <source>the page also links to %1 (%2)</source>
        <translation>la página también enlaza a %1 (%2)</translation>
    </message>
</context>
<context>
    <name>AddFeedDialog</name>
    <message>
        <source>Add Feed</source>
        <translation>Añadir fuente</translation>
    </message>
    <message>
        <source>https://www.jurist.org/news/ or a feed file on this computer</source>
        <translation>https://www.jurist.org/news/ o un archivo de fuente en este equipo</translation>
    </message>
    <message>
        <source>Feed or web page address</source>
        <translation>Dirección de la fuente o de la página web</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Find the feed at this address</source>
        <translation>Buscar la fuente en esta dirección</translation>
    </message>
    <message>
        <source>Give the address of a feed, or of a web page that links to one.</source>
        <translation>Indique la dirección de una fuente, o de una página web que enlace a una.</translation>
    </message>
    <message>
        <source>What Docket found</source>
        <translation>Lo que Docket encontró</translation>
    </message>
    <message>
        <source>Latest threads of the feed</source>
        <translation>Últimos hilos de la fuente</translation>
    </message>
    <message>
        <source>Other feeds the page links to</source>
        <translation>Otras fuentes a las que enlaza la página</translation>
    </message>
    <message>
        <source>Title to show for the feed</source>
        <translation>Título que se muestra para la fuente</translation>
    </message>
    <message>
        <source>Folder for the feed (empty: top level)</source>
        <translation>Carpeta de la fuente (vacía: nivel superior)</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>&amp;Suscribirse</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Latest:</source>
        <translation>Últimos:</translation>
    </message>
    <message>
        <source>Also on the page:</source>
        <translation>También en la página:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Docket reads web (http, https) addresses and files, not %1: addresses.</source>
        <translation>Docket lee direcciones web (http, https) y archivos, no direcciones %1:.</translation>
    </message>
    <message>
        <source>%1 is not a valid web address.</source>
        <translation>%1 no es una dirección web válida.</translation>
    </message>
    <message>
        <source>Looking for the feed at %1…</source>
        <translation>Buscando la fuente en %1…</translation>
    </message>
    <message numerus="yes">
        <source>Found “%1”: %n thread(s), at %2.</source>
        <translation>
            <numerusform>Encontrada «%1»: %n hilo, en %2.</numerusform>
            <numerusform>Encontrada «%1»: %n hilos, en %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message numerus="yes">
        <source>%n other feed(s): choose one to use it instead</source>
        <translation>
            <numerusform>%n fuente más: elíjala para usarla en su lugar</numerusform>
            <numerusform>%n fuentes más: elija una para usarla en su lugar</numerusform>
        </translation>
    </message>
    <message>
        <source>Folders nest one level deep: give NAME or PARENT/NAME.</source>
        <translation>Las carpetas solo se anidan un nivel: indique NOMBRE o PADRE/NOMBRE.</translation>
    </message>
    <message>
        <source>Subscribing…</source>
        <translation>Suscribiendo…</translation>
    </message>
</context>
<context>
    <name>ArticleCapturer</name>
    <message>
        <source>The page could not be fetched.</source>
        <translation>No se pudo descargar la página.</translation>
    </message>
    <message>
        <source>The page has no article Docket could find.</source>
        <translation>La página no tiene ningún artículo que Docket pudiera encontrar.</translation>
    </message>
</context>
<context>
    <name>ArticleExporter</name>
    <message>
        <source>could not be written: %1</source>
        <translation>no se pudo escribir: %1</translation>
    </message>
</context>
<context>
    <name>ArticleExtractor</name>
    <message>
        <source>No article found on this page</source>
        <translation>No se encontró ningún artículo en esta página</translation>
    </message>
</context>
<context>
    <name>ArticleFacts</name>
    <message>
        <source>(no title)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>undated, retrieved %1</source>
        <translation>sin fecha, obtenido el %1</translation>
    </message>
    <message>
        <source>not given by the feed</source>
        <translation>no indicado por la fuente</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Obtenido</translation>
    </message>
    <message>
        <source>Categories: %1</source>
        <translation>Categorías: %1</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>Adjunto:</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Read at the source:</source>
        <translation>Leer en la fuente:</translation>
    </message>
    <message>
        <source>Retrieved from</source>
        <translation>Obtenido de</translation>
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
        <translation>SHA-256 del texto guardado</translation>
    </message>
</context>
<context>
    <name>ArticleHtml</name>
    <message>
        <source>[Image]</source>
        <translation>[Imagen]</translation>
    </message>
    <message>
        <source>[Image: %1]</source>
        <translation>[Imagen: %1]</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--database needs a file path</source>
        <translation>--database necesita la ruta de un archivo</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see docket --help)</source>
        <translation>orden desconocida «%1» (véase docket --help)</translation>
    </message>
    <message>
        <source>no command given (see docket --help)</source>
        <translation>no se indicó ninguna orden (véase docket --help)</translation>
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
        <translation>Uso: docket [--database RUTA] [ORDEN [ARGUMENTOS]]

Docket lee noticias jurídicas. Sin una orden abre la ventana; con una, se
ejecuta sin ventana, hace ese único trabajo y termina.

Órdenes:
  parse FILE|- [--base-url URL]   muestra un documento de fuente como JSON

Suscripciones:
  add URL [--folder NAME] [--title TEXT]
      se suscribe a una fuente (http, https, una URL file:// o una ruta) y
      guarda sus hilos en el acto; muestra ID&lt;tab&gt;TÍTULO, y en stderr
      cuántos hilos se guardaron. Una página web se resuelve en la primera
      fuente a la que enlaza; las demás se listan en stderr. --folder NAME o
      PADRE/NAME se crea si falta. Después se eliminan los hilos caducados,
      como tras cada consulta.
  feeds [--json]
      una línea por fuente: ID, CARPETA (- si ninguna), TÍTULO, URL,
      ESTADO, HILOS, NO LEÍDOS, separados por tabuladores
  remove FEED_ID            cancela la suscripción y elimina los hilos de
      la fuente
  import-opml FILE|-        añade las suscripciones de otro lector, con sus
      carpetas; las fuentes ya suscritas quedan como están; el archivo se
      lee entero o nada. La próxima consulta descarga las fuentes
      importadas.
  export-opml FILE|- [--force]
      escribe las suscripciones como OPML 2.0; una subcarpeta pasa a ser una
      carpeta llamada PADRE/NAME. Un archivo existente solo se sustituye
      con --force.
  poll [--all] [--feed ID]
      consulta las fuentes pendientes (--all: todas salvo las detenidas tras
      «Gone»; --feed: esa, detenida o no) y guarda lo nuevo. Una línea por
      fuente: ID, ESTADO (ok, not modified, error), TÍTULO, DETALLE
      (nuevos y revisados, o el motivo), separados por tabuladores; después
      una línea de resumen. Sale con 1 si alguna fuente falló; las demás se
      guardan igualmente. Límites: --connect-timeout S (15),
      --idle-timeout S (20), --total-timeout S (45), --max-mb N (20),
      --max-redirects N (5).

Hilos:
  list [--feed ID] [--folder NAME] [--search QUERY] [--unread] [--starred]
       [--limit N] [--sort newest|best] [--json]
      los más recientes primero (con --search: las mejores coincidencias
      primero, salvo con --sort newest); --folder incluye sus subcarpetas;
      --starred: solo hilos conservados; --limit de 1 a 1000, 50 por
      defecto. Una línea por hilo: ID, PUBLICADO (hora local; - si la
      fuente no la dio), FUENTE, TÍTULO con las marcas [kept] y [unread],
      separados por tabuladores; con --search una quinta columna (y
      «snippet» en JSON) muestra el texto alrededor de las coincidencias,
      cada una entre ** y **.
      QUERY: palabras (todas deben aparecer), &quot;frase exacta&quot;, prefijo*, OR,
      NOT, -palabra, (grupos), NEAR(a b, 10), title:palabra,
      author:palabra.
  show ITEM_ID [--json]     un hilo tal como lo muestra el lector; --json
      añade summary, content, html (saneado), categories, enclosures,
      revisions
  export (ITEM_ID... | --search QUERY | --feed ID) --format html|md|txt|pdf
         --output PATH [--force]
      los hilos como un solo documento con un bloque de cita (estilos
      Bluebook y OSCOLA); si PATH es una carpeta existente, un archivo por
      hilo, con el nombre de su título. Un archivo existente solo se
      sustituye con --force. Muestra los archivos escritos; el PDF es A4 o
      Carta según la configuración regional.
  keep ITEM_ID... [--off]   conserva hilos (una retención legal: los hilos
      conservados nunca caducan), o los libera con --off
  mark-read ITEM_ID... [--unread]
      marca hilos como leídos, o como no leídos con --unread
      keep y mark-read cambian todos los hilos a la vez y muestran una línea
      por hilo cambiado (uno que ya estaba así no muestra nada); los ID
      desconocidos se indican en stderr (salida 1), uno no numérico no
      cambia nada (2).
  expire [--days N] [--dry-run]
      elimina los hilos más antiguos que el plazo de conservación (21 días
      desde su publicación, o desde que Docket vio por primera vez uno sin
      fecha, salvo que se haya cambiado; el plazo propio de una fuente
      prevalece); los hilos conservados se quedan. --days de 1 a 36500
      sustituye el plazo en esta ejecución; --dry-run solo cuenta.

Opciones:
  --database PATH   la caché que se usa (también DOCKET_DATABASE); las
                    órdenes de lectura funcionan con una de solo lectura
  -h, --help        muestra esta ayuda
  -v, --version     muestra la versión de Docket

Estado de salida: 0 éxito; 1 el trabajo se hizo pero algo falló; 2 uso
incorrecto o entrada ilegible.
</translation>
    </message>
</context>
<context>
    <name>ExpireCommand</name>
    <message>
        <source>takes options only, not &apos;%1&apos;</source>
        <translation>solo admite opciones, no «%1»</translation>
    </message>
    <message>
        <source>--days takes a number of days from 1 to %1, not &apos;%2&apos;</source>
        <translation>--days admite un número de días de 1 a %1, no «%2»</translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Save the current thread, the selected threads or the list as HTML, Markdown, text or PDF, each with its citation</source>
        <translation>Guardar el hilo actual, los hilos seleccionados o la lista como HTML, Markdown, texto o PDF, cada uno con su cita</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ya existe. ¿Sustituirlo?</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist in %1. Replace them?</source>
        <translation>
            <numerusform>%n archivo ya existe en %1. ¿Sustituirlo?</numerusform>
            <numerusform>%n archivos ya existen en %1. ¿Sustituirlos?</numerusform>
        </translation>
    </message>
    <message>
        <source>An export is already being written.</source>
        <translation>Ya se está escribiendo una exportación.</translation>
    </message>
    <message>
        <source>Reading the threads to export…</source>
        <translation>Leyendo los hilos que exportar…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was replaced.</source>
        <translation>Exportación cancelada; no se sustituyó nada.</translation>
    </message>
    <message>
        <source>Exported %1 of %2 files…</source>
        <translation>Exportados %1 de %2 archivos…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n archivo a %1.</numerusform>
            <numerusform>Se exportaron %n archivos a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 threads of the list were exported.</source>
        <translation>Solo se exportaron los primeros %1 hilos de la lista.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>cannot write: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <source>could not be written: %1</source>
        <translation>no se pudo escribir: %1</translation>
    </message>
    <message>
        <source>give thread ids, --search QUERY or --feed ID (see docket list)</source>
        <translation>indique ID de hilos, --search QUERY o --feed ID (véase docket list)</translation>
    </message>
    <message>
        <source>give thread ids, --search or --feed: only one of them</source>
        <translation>indique ID de hilos, --search o --feed: solo uno de ellos</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a thread id (see docket list)</source>
        <translation>«%1» no es el ID de un hilo (véase docket list)</translation>
    </message>
    <message>
        <source>--feed takes a feed id (see docket feeds), not &apos;%1&apos;</source>
        <translation>--feed admite el ID de una fuente (véase docket feeds), no «%1»</translation>
    </message>
    <message>
        <source>give --format html, md, txt or pdf</source>
        <translation>indique --format html, md, txt o pdf</translation>
    </message>
    <message>
        <source>--format takes html, md, txt or pdf, not &apos;%1&apos;</source>
        <translation>--format admite html, md, txt o pdf, no «%1»</translation>
    </message>
    <message>
        <source>PDF needs fonts, which this program could not load</source>
        <translation>el PDF necesita fuentes tipográficas que este programa no pudo cargar</translation>
    </message>
    <message>
        <source>give --output PATH: a file, or an existing folder for one file per thread</source>
        <translation>indique --output PATH: un archivo, o una carpeta existente para un archivo por hilo</translation>
    </message>
    <message>
        <source>there is no folder %1</source>
        <translation>no existe la carpeta %1</translation>
    </message>
    <message>
        <source>there is no folder %1 to write %2 in</source>
        <translation>no existe la carpeta %1 donde escribir %2</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it</source>
        <translation>%1 ya existe; añada --force para sustituirlo</translation>
    </message>
    <message>
        <source>there is no feed %1 (see docket feeds)</source>
        <translation>no existe la fuente %1 (véase docket feeds)</translation>
    </message>
    <message>
        <source>no threads to export; nothing written</source>
        <translation>no hay hilos que exportar; no se escribió nada</translation>
    </message>
    <message>
        <source>there is no thread %1: it may have expired or its feed been removed</source>
        <translation>no existe el hilo %1: puede que haya caducado o que se haya quitado su fuente</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>One &amp;file per thread, in a folder</source>
        <translation>Un &amp;archivo por hilo, en una carpeta</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>The &amp;current thread: %1</source>
        <translation>El hilo a&amp;ctual: %1</translation>
    </message>
    <message>
        <source>The &amp;current thread</source>
        <translation>El hilo a&amp;ctual</translation>
    </message>
    <message>
        <source>The &amp;selected threads (%1)</source>
        <translation>Los hilos &amp;seleccionados (%1)</translation>
    </message>
    <message>
        <source>The &amp;list: %1 (%2)</source>
        <translation>La &amp;lista: %1 (%2)</translation>
    </message>
    <message>
        <source>Only the first %1 threads are exported</source>
        <translation>Solo se exportan los primeros %1 hilos</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (un único archivo autónomo)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Guardar en</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportar:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>Exportar a una carpeta</translation>
    </message>
    <message>
        <source>Export to File</source>
        <translation>Exportar a un archivo</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Archivos %1 (*.%2)</translation>
    </message>
    <message>
        <source>A folder</source>
        <translation>Una carpeta</translation>
    </message>
    <message>
        <source>A file</source>
        <translation>Un archivo</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>No thread is shown to export.</source>
        <translation>No se muestra ningún hilo que exportar.</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Elija dónde guardar la exportación.</translation>
    </message>
    <message>
        <source>There is no folder %1 to save the threads in.</source>
        <translation>No existe la carpeta %1 donde guardar los hilos.</translation>
    </message>
    <message>
        <source>%1 is not a file Docket can save to: choose a file name in an existing folder.</source>
        <translation>%1 no es un archivo en el que Docket pueda guardar: elija un nombre de archivo en una carpeta existente.</translation>
    </message>
    <message>
        <source>There are no threads to export; nothing was written.</source>
        <translation>No hay hilos que exportar; no se escribió nada.</translation>
    </message>
    <message>
        <source>The threads are no longer in the cache; nothing was written.</source>
        <translation>Los hilos ya no están en la caché; no se escribió nada.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ExportOpmlCommand</name>
    <message>
        <source>give one file to write, or - for standard output</source>
        <translation>indique un archivo que escribir, o - para la salida estándar</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 es una carpeta; indique un nombre de archivo</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it</source>
        <translation>%1 ya existe; añada --force para sustituirlo</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>%1: could not be written: %2</source>
        <translation>%1: no se pudo escribir: %2</translation>
    </message>
</context>
<context>
    <name>FeedActions</name>
    <message>
        <source>Feed &amp;Properties…</source>
        <translation>Propie&amp;dades de la fuente…</translation>
    </message>
    <message>
        <source>Title, folder, how long threads are kept, how often to check</source>
        <translation>Título, carpeta, cuánto tiempo se guardan los hilos, cada cuánto se consulta</translation>
    </message>
    <message>
        <source>Re&amp;name Feed…</source>
        <translation>&amp;Renombrar fuente…</translation>
    </message>
    <message>
        <source>Give the chosen feed another title</source>
        <translation>Dar otro título a la fuente elegida</translation>
    </message>
    <message>
        <source>&amp;Move to Folder…</source>
        <translation>&amp;Mover a carpeta…</translation>
    </message>
    <message>
        <source>Put the chosen feed in a folder, new or existing</source>
        <translation>Poner la fuente elegida en una carpeta, nueva o existente</translation>
    </message>
    <message>
        <source>Unsu&amp;bscribe…</source>
        <translation>&amp;Cancelar suscripción…</translation>
    </message>
    <message>
        <source>Remove the chosen feed and delete its threads</source>
        <translation>Quitar la fuente elegida y eliminar sus hilos</translation>
    </message>
    <message>
        <source>Unsubscribe from “%1”?</source>
        <translation>¿Cancelar la suscripción a «%1»?</translation>
    </message>
    <message>
        <source>It has no threads in the cache.</source>
        <translation>No tiene hilos en la caché.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n thread(s) will be deleted from the cache</source>
        <translation>
            <numerusform>Su %n hilo se eliminará de la caché</numerusform>
            <numerusform>Sus %n hilos se eliminarán de la caché</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, including %n you kept</source>
        <translation>
            <numerusform>, incluido %n que usted conservó</numerusform>
            <numerusform>, incluidos %n que usted conservó</numerusform>
        </translation>
    </message>
    <message>
        <source>Docket</source>
        <translation>Docket</translation>
    </message>
    <message>
        <source>New title for the feed:</source>
        <translation>Nuevo título de la fuente:</translation>
    </message>
    <message>
        <source>Folder (leave empty for none, or type a new name):</source>
        <translation>Carpeta (déjela vacía para ninguna, o escriba un nombre nuevo):</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Cancelar suscripción</translation>
    </message>
</context>
<context>
    <name>FeedCompletion</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
</context>
<context>
    <name>FeedFetcher</name>
    <message>
        <source>The address is not a valid web address</source>
        <translation>La dirección no es una dirección web válida</translation>
    </message>
    <message>
        <source>Docket fetches only http and https addresses, not %1: ones</source>
        <translation>Docket solo descarga direcciones http y https, no direcciones %1:</translation>
    </message>
    <message>
        <source>Docket&apos;s network connection was closed</source>
        <translation>Se cerró la conexión de red de Docket</translation>
    </message>
    <message>
        <source>The server sent more than %1; Docket stopped reading</source>
        <translation>El servidor envió más de %1; Docket dejó de leer</translation>
    </message>
    <message>
        <source>The server %1 answered with something other than HTTP</source>
        <translation>El servidor %1 respondió con algo que no es HTTP</translation>
    </message>
    <message>
        <source>The server did not answer within %1</source>
        <translation>El servidor no respondió en %1</translation>
    </message>
    <message>
        <source>The server stopped sending for %1; Docket gave up</source>
        <translation>El servidor dejó de enviar durante %1; Docket desistió</translation>
    </message>
    <message>
        <source>The server took longer than %1 in all; Docket stopped waiting</source>
        <translation>El servidor tardó más de %1 en total; Docket dejó de esperar</translation>
    </message>
</context>
<context>
    <name>FeedParser</name>
    <message>
        <source>Not a feed: this is a web page (HTML)</source>
        <translation>No es una fuente: es una página web (HTML)</translation>
    </message>
    <message>
        <source>it has no elements</source>
        <translation>no tiene elementos</translation>
    </message>
    <message>
        <source>Not a feed: the document is not XML (%1)</source>
        <translation>No es una fuente: el documento no es XML (%1)</translation>
    </message>
    <message>
        <source>Not a feed: the document is &lt;%1&gt;, not RSS, RDF or Atom</source>
        <translation>No es una fuente: el documento es &lt;%1&gt;, no RSS, RDF ni Atom</translation>
    </message>
    <message>
        <source>the document breaks here: %1</source>
        <translation>el documento se interrumpe aquí: %1</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 elemento</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 elementos</translation>
    </message>
    <message>
        <source>the document breaks at %1:%2: %3; %4 read before it</source>
        <translation>el documento se interrumpe en %1:%2: %3; se leyeron %4 antes</translation>
    </message>
    <message>
        <source>the document is too large: %1 bytes, over the limit of %2 bytes</source>
        <translation>el documento es demasiado grande: %1 bytes, por encima del límite de %2 bytes</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>el documento está vacío</translation>
    </message>
</context>
<context>
    <name>FeedPropertiesDialog</name>
    <message>
        <source>Feed Properties</source>
        <translation>Propiedades de la fuente</translation>
    </message>
    <message>
        <source>Feed title</source>
        <translation>Título de la fuente</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>No folder (type a name for a new one)</source>
        <translation>Sin carpeta (escriba un nombre para crear una)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message numerus="yes">
        <source>The global setting (%n day(s))</source>
        <translation>
            <numerusform>El ajuste general (%n día)</numerusform>
            <numerusform>El ajuste general (%n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep this feed&apos;s threads for this many days</source>
        <translation>Días que se conservan los hilos de esta fuente</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message numerus="yes">
        <source>The global setting (every %n minute(s))</source>
        <translation>
            <numerusform>El ajuste general (cada minuto)</numerusform>
            <numerusform>El ajuste general (cada %n minutos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Check this feed every this many minutes</source>
        <translation>Intervalo de consulta de esta fuente, en minutos</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>&amp;Keep threads for:</source>
        <translation>C&amp;onservar hilos durante:</translation>
    </message>
    <message>
        <source>&amp;Check every:</source>
        <translation>Co&amp;nsultar cada:</translation>
    </message>
    <message>
        <source>Fetch the full article of new threads</source>
        <translation>Descargar el artículo completo de los hilos nuevos</translation>
    </message>
    <message>
        <source>When the feed sends only a summary</source>
        <translation>Cuando la fuente envía solo un resumen</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Full &amp;articles:</source>
        <translation>&amp;Artículos completos:</translation>
    </message>
</context>
<context>
    <name>FeedsCommand</name>
    <message>
        <source>takes no arguments, not &apos;%1&apos;</source>
        <translation>no admite argumentos, no «%1»</translation>
    </message>
</context>
<context>
    <name>FetchMessage</name>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 segundo</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 segundos</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 horas</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
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
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>The server did not understand Docket&apos;s request (HTTP 400)</source>
        <translation>El servidor no entendió la solicitud de Docket (HTTP 400)</translation>
    </message>
    <message>
        <source>The server asks for a user name and password, and did not accept the ones given (HTTP 401)</source>
        <translation>El servidor pide un nombre de usuario y una contraseña, y no aceptó los indicados (HTTP 401)</translation>
    </message>
    <message>
        <source>The server refused access to this feed (HTTP 403)</source>
        <translation>El servidor denegó el acceso a esta fuente (HTTP 403)</translation>
    </message>
    <message>
        <source>Not found (HTTP 404)</source>
        <translation>No encontrada (HTTP 404)</translation>
    </message>
    <message>
        <source>Gone: the publisher removed this feed (HTTP 410)</source>
        <translation>Desaparecida: el editor retiró esta fuente (HTTP 410)</translation>
    </message>
    <message>
        <source>Too many requests: the server asked Docket to wait %1 (HTTP 429)</source>
        <translation>Demasiadas solicitudes: el servidor pidió a Docket que esperara %1 (HTTP 429)</translation>
    </message>
    <message>
        <source>Too many requests: the server asked Docket to slow down (HTTP 429)</source>
        <translation>Demasiadas solicitudes: el servidor pidió a Docket que fuera más despacio (HTTP 429)</translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP 500)</source>
        <translation>El servidor tuvo un error interno (HTTP 500)</translation>
    </message>
    <message>
        <source>A gateway in front of the server failed (HTTP %1)</source>
        <translation>Falló una pasarela situada delante del servidor (HTTP %1)</translation>
    </message>
    <message>
        <source>The server is unavailable for now and asked Docket to wait %1 (HTTP 503)</source>
        <translation>El servidor no está disponible por ahora y pidió a Docket que esperara %1 (HTTP 503)</translation>
    </message>
    <message>
        <source>The server is unavailable for now (HTTP 503)</source>
        <translation>El servidor no está disponible por ahora (HTTP 503)</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1)</source>
        <translation>El servidor falló (HTTP %1)</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1)</source>
        <translation>El servidor rechazó la solicitud (HTTP %1)</translation>
    </message>
    <message>
        <source>The server gave an answer Docket cannot use (HTTP %1)</source>
        <translation>El servidor dio una respuesta que Docket no puede usar (HTTP %1)</translation>
    </message>
    <message>
        <source>The server %1 refused the connection</source>
        <translation>El servidor %1 rechazó la conexión</translation>
    </message>
    <message>
        <source>The server %1 broke off the connection before sending the whole feed</source>
        <translation>El servidor %1 cortó la conexión antes de enviar la fuente completa</translation>
    </message>
    <message>
        <source>No server named %1 could be found; check the address</source>
        <translation>No se encontró ningún servidor llamado %1; compruebe la dirección</translation>
    </message>
    <message>
        <source>The connection to %1 timed out</source>
        <translation>Se agotó el tiempo de la conexión con %1</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate could not be trusted</source>
        <translation>Falló la conexión segura con %1: su certificado no es de confianza</translation>
    </message>
    <message>
        <source>The network is not available; check the internet connection</source>
        <translation>La red no está disponible; compruebe la conexión a Internet</translation>
    </message>
    <message>
        <source>The proxy server could not be reached; check the proxy settings</source>
        <translation>No se pudo contactar con el servidor proxy; compruebe los ajustes del proxy</translation>
    </message>
    <message>
        <source>The proxy server asks for a user name and password</source>
        <translation>El servidor proxy pide un nombre de usuario y una contraseña</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Falló la conexión con %1: %2</translation>
    </message>
</context>
<context>
    <name>FolderArgument</name>
    <message>
        <source>A folder needs a name.</source>
        <translation>Una carpeta necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>HtmlExporter</name>
    <message numerus="yes">
        <source>%n articles</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageConsentBar</name>
    <message>
        <source>Load images</source>
        <translation>Cargar imágenes</translation>
    </message>
    <message>
        <source>Always for this feed</source>
        <translation>Siempre para esta fuente</translation>
    </message>
    <message>
        <source>Remote images</source>
        <translation>Imágenes remotas</translation>
    </message>
    <message>
        <source>Load images for this article</source>
        <translation>Cargar las imágenes de este artículo</translation>
    </message>
    <message>
        <source>Always load images for this feed</source>
        <translation>Cargar siempre las imágenes de esta fuente</translation>
    </message>
    <message>
        <source>This article has images from %1.</source>
        <translation>Este artículo tiene imágenes de %1.</translation>
    </message>
</context>
<context>
    <name>ImportOpmlCommand</name>
    <message>
        <source>give one OPML file, or - for standard input</source>
        <translation>indique un archivo OPML, o - para la entrada estándar</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>takes options only, not &apos;%1&apos;</source>
        <translation>solo admite opciones, no «%1»</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to %1, not &apos;%2&apos;</source>
        <translation>--limit admite un número de 1 a %1, no «%2»</translation>
    </message>
    <message>
        <source>--feed takes a feed id (see docket feeds), not &apos;%1&apos;</source>
        <translation>--feed admite el ID de una fuente (véase docket feeds), no «%1»</translation>
    </message>
    <message>
        <source>--sort best needs --search</source>
        <translation>--sort best necesita --search</translation>
    </message>
    <message>
        <source>--sort takes newest or best, not &apos;%1&apos;</source>
        <translation>--sort admite newest o best, no «%1»</translation>
    </message>
    <message>
        <source>there is no feed %1 (see docket feeds)</source>
        <translation>no existe la fuente %1 (véase docket feeds)</translation>
    </message>
    <message>
        <source>there is no folder called &quot;%1&quot;</source>
        <translation>no existe ninguna carpeta llamada «%1»</translation>
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
        <translation>No se pudo abrir la caché %1: %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n thread(s) past the retention period.</source>
        <translation>
            <numerusform>Se eliminó %n hilo que superaba el plazo de conservación.</numerusform>
            <numerusform>Se eliminaron %n hilos que superaban el plazo de conservación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Orígenes</translation>
    </message>
    <message>
        <source>Search threads (Ctrl+F or /)</source>
        <translation>Buscar en los hilos (Ctrl+F o /)</translation>
    </message>
    <message>
        <source>Search threads</source>
        <translation>Buscar en los hilos</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Hilos</translation>
    </message>
    <message>
        <source>Docket opens only web and mail links; not opened: %1</source>
        <translation>Docket solo abre enlaces web y de correo; no se abrió: %1</translation>
    </message>
    <message>
        <source>&amp;Add Feed…</source>
        <translation>&amp;Añadir fuente…</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>&amp;Importar OPML…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Mark All &amp;Read</source>
        <translation>Marcar todo como &amp;leído</translation>
    </message>
    <message>
        <source>&amp;Next Thread</source>
        <translation>Hilo &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Thread</source>
        <translation>Hilo &amp;anterior</translation>
    </message>
    <message>
        <source>Next &amp;Unread</source>
        <translation>Siguiente &amp;no leído</translation>
    </message>
    <message>
        <source>Toggle &amp;Read</source>
        <translation>Alternar &amp;leído</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conservar</translation>
    </message>
    <message>
        <source>&amp;Open Original</source>
        <translation>Abrir el &amp;original</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Sa&amp;ve Search…</source>
        <translation>&amp;Guardar búsqueda…</translation>
    </message>
    <message>
        <source>Save the search box&apos;s query by name, to run it again from the sources</source>
        <translation>Guardar con un nombre la consulta del cuadro de búsqueda, para repetirla desde los orígenes</translation>
    </message>
    <message>
        <source>&amp;Delete Saved Search</source>
        <translation>&amp;Eliminar búsqueda guardada</translation>
    </message>
    <message>
        <source>Scroll the article, then go to the next unread thread (Space)</source>
        <translation>Desplazar el artículo y luego ir al siguiente hilo no leído (Espacio)</translation>
    </message>
    <message>
        <source>&amp;Thread</source>
        <translation>&amp;Hilo</translation>
    </message>
    <message>
        <source>F&amp;eeds</source>
        <translation>&amp;Fuentes</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;Problems…</source>
        <translation>&amp;Problemas…</translation>
    </message>
    <message>
        <source>Feeds whose last fetch failed, and why</source>
        <translation>Fuentes cuya última descarga falló, y por qué</translation>
    </message>
    <message>
        <source>Best matches for %1</source>
        <translation>Mejores coincidencias para %1</translation>
    </message>
    <message>
        <source>This thread is no longer in the cache.</source>
        <translation>Este hilo ya no está en la caché.</translation>
    </message>
    <message>
        <source>No more unread threads here.</source>
        <translation>No quedan hilos sin leer aquí.</translation>
    </message>
    <message>
        <source>This thread has no web address to open.</source>
        <translation>Este hilo no tiene una dirección web que abrir.</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Guardar búsqueda</translation>
    </message>
    <message>
        <source>Name for the search:</source>
        <translation>Nombre de la búsqueda:</translation>
    </message>
    <message>
        <source>The search was not saved: %1</source>
        <translation>La búsqueda no se guardó: %1</translation>
    </message>
    <message>
        <source>Saved the search “%1”.</source>
        <translation>Búsqueda «%1» guardada.</translation>
    </message>
    <message>
        <source>The saved search was not deleted: %1</source>
        <translation>La búsqueda guardada no se eliminó: %1</translation>
    </message>
    <message>
        <source>Deleted the saved search “%1”.</source>
        <translation>Búsqueda guardada «%1» eliminada.</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>Añadiendo %1…</translation>
    </message>
    <message numerus="yes">
        <source>Subscribed to %1: %n thread(s) stored.</source>
        <translation>
            <numerusform>Suscrito a %1: %n hilo guardado.</numerusform>
            <numerusform>Suscrito a %1: %n hilos guardados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>Importar OPML</translation>
    </message>
    <message>
        <source>Subscription lists (*.opml *.xml);;All files (*)</source>
        <translation>Listas de suscripciones (*.opml *.xml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Docket is already fetching feeds.</source>
        <translation>Docket ya está descargando fuentes.</translation>
    </message>
    <message>
        <source>Choose a feed, or All threads, to mark read.</source>
        <translation>Elija una fuente, o Todos los hilos, para marcar como leídos.</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>Herramien&amp;tas</translation>
    </message>
    <message>
        <source>Subscribing to the starter feeds…</source>
        <translation>Suscribiendo a las fuentes iniciales…</translation>
    </message>
    <message>
        <source>the starter feeds</source>
        <translation>las fuentes iniciales</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <source>%1, search “%2”</source>
        <translation>%1, búsqueda «%2»</translation>
    </message>
</context>
<context>
    <name>ParseCommand</name>
    <message>
        <source>give one feed file, or - for standard input</source>
        <translation>indique un archivo de fuente, o - para la entrada estándar</translation>
    </message>
    <message>
        <source>--base-url needs an absolute URL, not &apos;%1&apos;</source>
        <translation>--base-url necesita una URL absoluta, no «%1»</translation>
    </message>
    <message>
        <source>--max-bytes needs a positive number of bytes</source>
        <translation>--max-bytes necesita un número positivo de bytes</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>retrieved %1</source>
        <translation>obtenido el %1</translation>
    </message>
    <message numerus="yes">
        <source>%n articles</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>could not start the PDF</source>
        <translation>no se pudo empezar el PDF</translation>
    </message>
    <message>
        <source>could not add a page</source>
        <translation>no se pudo añadir una página</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>could not finish the PDF</source>
        <translation>no se pudo terminar el PDF</translation>
    </message>
</context>
<context>
    <name>PollCommand</name>
    <message>
        <source>takes no arguments, not &apos;%1&apos;</source>
        <translation>no admite argumentos, no «%1»</translation>
    </message>
    <message>
        <source>give --all or --feed ID, not both</source>
        <translation>indique --all o --feed ID, no ambos</translation>
    </message>
    <message>
        <source>--feed needs a feed id (see docket feeds), not &apos;%1&apos;</source>
        <translation>--feed necesita el ID de una fuente (véase docket feeds), no «%1»</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 admite un número entero de %2 a %3, no «%4»</translation>
    </message>
    <message>
        <source>there is no feed %1 (see docket feeds)</source>
        <translation>no existe la fuente %1 (véase docket feeds)</translation>
    </message>
</context>
<context>
    <name>PollFeedback</name>
    <message>
        <source>Feeds polled</source>
        <translation>Fuentes consultadas</translation>
    </message>
    <message>
        <source>%v of %m feeds</source>
        <translation>%v de %m fuentes</translation>
    </message>
    <message>
        <source>No feed was due for a fetch.</source>
        <translation>No había ninguna fuente pendiente de descarga.</translation>
    </message>
    <message numerus="yes">
        <source>Polled %n feed(s): </source>
        <translation>
            <numerusform>%n fuente consultada: </numerusform>
            <numerusform>%n fuentes consultadas: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new thread(s)</source>
        <translation>
            <numerusform>%n hilo nuevo</numerusform>
            <numerusform>%n hilos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n revised</source>
        <translation>
            <numerusform>, %n revisado</numerusform>
            <numerusform>, %n revisados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n failed (see Feeds ▸ Problems)</source>
        <translation>
            <numerusform>; %n con error (véase Fuentes ▸ Problemas)</numerusform>
            <numerusform>; %n con error (véase Fuentes ▸ Problemas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n feed(s)…</source>
        <translation>
            <numerusform>Descargando %n fuente…</numerusform>
            <numerusform>Descargando %n fuentes…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PollWorker</name>
    <message>
        <source>Could not open the cache %1: %2</source>
        <translation>No se pudo abrir la caché %1: %2</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Feeds whose last fetch failed</source>
        <translation>Fuentes cuya última descarga falló</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Failing since</source>
        <translation>Con errores desde</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Fetch the chosen feed again now</source>
        <translation>Descargar de nuevo ahora la fuente elegida</translation>
    </message>
    <message>
        <source>Docket could not read the feeds: %1</source>
        <translation>Docket no pudo leer las fuentes: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n failed fetch(es) in a row)</source>
        <translation>
            <numerusform>%1 (%n descarga fallida)</numerusform>
            <numerusform>%1 (%n descargas fallidas seguidas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: Try Again to resume</source>
        <translation>Detenida: Reintentar para reanudar</translation>
    </message>
    <message>
        <source>Every feed fetched without a problem last time.</source>
        <translation>La última vez todas las fuentes se descargaron sin problemas.</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) failed on their last fetch. Their threads are still here; Docket keeps trying, waiting longer after each failure.</source>
        <translation>
            <numerusform>%n fuente falló en su última descarga. Sus hilos siguen aquí; Docket sigue intentándolo y espera más tras cada fallo.</numerusform>
            <numerusform>%n fuentes fallaron en su última descarga. Sus hilos siguen aquí; Docket sigue intentándolo y espera más tras cada fallo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching again…</source>
        <translation>Descargando de nuevo…</translation>
    </message>
</context>
<context>
    <name>ProvenanceHtml</name>
    <message>
        <source>(none sent)</source>
        <translation>(no se envió)</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Obtenido</translation>
    </message>
    <message>
        <source>Final URL</source>
        <translation>URL final</translation>
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
        <translation>Elemento de la fuente</translation>
    </message>
    <message>
        <source>Full article</source>
        <translation>Artículo completo</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Procedencia</translation>
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
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>A feed needs a title.</source>
        <translation>Una fuente necesita un título.</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Copy &amp;Citation</source>
        <translation>Copiar ci&amp;ta</translation>
    </message>
    <message>
        <source>Put the article&apos;s Bluebook citation on the clipboard</source>
        <translation>Copiar al portapapeles la cita Bluebook del artículo</translation>
    </message>
    <message>
        <source>Copy OSCOLA Citation</source>
        <translation>Copiar cita OSCOLA</translation>
    </message>
    <message>
        <source>Put the article&apos;s OSCOLA citation on the clipboard</source>
        <translation>Copiar al portapapeles la cita OSCOLA del artículo</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Texto del artículo</translation>
    </message>
    <message>
        <source>Feed &amp;Summary</source>
        <translation>&amp;Resumen de la fuente</translation>
    </message>
    <message>
        <source>Show the text the feed sent</source>
        <translation>Mostrar el texto que envió la fuente</translation>
    </message>
    <message>
        <source>&amp;Full Article</source>
        <translation>Artículo com&amp;pleto</translation>
    </message>
    <message>
        <source>Show the whole article Docket fetched from its page</source>
        <translation>Mostrar el artículo entero que Docket descargó de su página</translation>
    </message>
</context>
<context>
    <name>RedirectRule</name>
    <message>
        <source>The server redirected Docket without saying where to (HTTP %1)</source>
        <translation>El servidor redirigió a Docket sin decir adónde (HTTP %1)</translation>
    </message>
    <message>
        <source>The server redirected Docket to an address that is not valid (HTTP %1)</source>
        <translation>El servidor redirigió a Docket a una dirección no válida (HTTP %1)</translation>
    </message>
    <message>
        <source>The server redirected Docket more than %1 times; Docket stopped following</source>
        <translation>El servidor redirigió a Docket más de %1 veces; Docket dejó de seguirlo</translation>
    </message>
    <message>
        <source>The redirect leads to a %1: address, which Docket never follows</source>
        <translation>La redirección lleva a una dirección %1:, que Docket nunca sigue</translation>
    </message>
    <message>
        <source>The redirect leads from a secure https: address to an insecure http: one, which Docket does not follow</source>
        <translation>La redirección lleva de una dirección https: segura a una http: insegura, que Docket no sigue</translation>
    </message>
</context>
<context>
    <name>RemoveCommand</name>
    <message>
        <source>give the id of one feed (see docket feeds)</source>
        <translation>indique el ID de una fuente (véase docket feeds)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a feed id (see docket feeds)</source>
        <translation>«%1» no es el ID de una fuente (véase docket feeds)</translation>
    </message>
    <message>
        <source>there is no feed %1 (see docket feeds)</source>
        <translation>no existe la fuente %1 (véase docket feeds)</translation>
    </message>
</context>
<context>
    <name>SettingsCommand</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>Retention, polling, images, proxy, language, tray and notices</source>
        <translation>Conservación, consultas, imágenes, proxy, idioma, bandeja y avisos</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Ajustes guardados.</translation>
    </message>
    <message>
        <source>The new language takes effect the next time Docket starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Docket.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Keep threads for this many days</source>
        <translation>Días que se conservan los hilos</translation>
    </message>
    <message>
        <source>Threads older than this are deleted, unless you keep them or their feed says otherwise.</source>
        <translation>Los hilos más antiguos se eliminan, salvo que usted los conserve o su fuente indique otra cosa.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Check feeds every this many minutes</source>
        <translation>Intervalo de consulta de las fuentes, en minutos</translation>
    </message>
    <message>
        <source>Images from other servers</source>
        <translation>Imágenes de otros servidores</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>Preguntar cada vez</translation>
    </message>
    <message>
        <source>Always load</source>
        <translation>Cargar siempre</translation>
    </message>
    <message>
        <source>Never load</source>
        <translation>No cargar nunca</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>The system&apos;s settings</source>
        <translation>Los ajustes del sistema</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Sin proxy</translation>
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
        <translation>Servidor proxy</translation>
    </message>
    <message>
        <source>proxy.example.org</source>
        <translation>proxy.example.org</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Puerto del proxy</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>Start in the tray, and hide there when the window is closed</source>
        <translation>Iniciar en la bandeja del sistema y ocultarse allí al cerrar la ventana</translation>
    </message>
    <message>
        <source>Start in the tray</source>
        <translation>Iniciar en la bandeja</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Este escritorio no tiene bandeja del sistema.</translation>
    </message>
    <message>
        <source>Tell me when new threads arrive</source>
        <translation>Avisarme cuando lleguen hilos nuevos</translation>
    </message>
    <message>
        <source>Notify on new threads</source>
        <translation>Avisar de hilos nuevos</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>&amp;Keep threads for:</source>
        <translation>C&amp;onservar hilos durante:</translation>
    </message>
    <message>
        <source>&amp;Check feeds every:</source>
        <translation>&amp;Consultar las fuentes cada:</translation>
    </message>
    <message>
        <source>&amp;Images from other servers:</source>
        <translation>&amp;Imágenes de otros servidores:</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Docket starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicia Docket.</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>give the id of one thread (see docket list)</source>
        <translation>indique el ID de un hilo (véase docket list)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a thread id (see docket list)</source>
        <translation>«%1» no es el ID de un hilo (véase docket list)</translation>
    </message>
    <message>
        <source>there is no thread %1: it may have expired or its feed been removed</source>
        <translation>no existe el hilo %1: puede que haya caducado o que se haya quitado su fuente</translation>
    </message>
</context>
<context>
    <name>SourceTreeModel</name>
    <message>
        <source>All threads</source>
        <translation>Todos los hilos</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>No leídos</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservados</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Búsquedas guardadas</translation>
    </message>
    <message>
        <source>Saved search: %1</source>
        <translation>Búsqueda guardada: %1</translation>
    </message>
    <message>
        <source>Searches saved by name; choose one to run it again</source>
        <translation>Búsquedas guardadas con un nombre; elija una para repetirla</translation>
    </message>
    <message>
        <source>The last fetch failed: %1</source>
        <translation>La última descarga falló: %1</translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>Conservados: %1</translation>
    </message>
    <message>
        <source>Unread: %1</source>
        <translation>No leídos: %1</translation>
    </message>
    <message>
        <source>%1, saved search for %2</source>
        <translation>%1, búsqueda guardada de %2</translation>
    </message>
    <message>
        <source>%1, %2 unread</source>
        <translation>%1, %2 no leídos</translation>
    </message>
    <message>
        <source>%1, %2 unread, last fetch failed</source>
        <translation>%1, %2 no leídos, la última descarga falló</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>the server declared %1</source>
        <translation>el servidor declaró %1</translation>
    </message>
    <message>
        <source>declared %1</source>
        <translation>declarado %1</translation>
    </message>
    <message>
        <source>some bytes are not valid %1 and show as replacement characters</source>
        <translation>algunos bytes no son %1 válido y se muestran como caracteres de sustitución</translation>
    </message>
    <message>
        <source>%1 but the bytes are UTF-8; read as UTF-8</source>
        <translation>%1, pero los bytes son UTF-8; leído como UTF-8</translation>
    </message>
    <message>
        <source>%1 but holds bytes beyond ASCII; read as windows-1252</source>
        <translation>%1, pero contiene bytes fuera de ASCII; leído como windows-1252</translation>
    </message>
    <message>
        <source>%1 but the bytes are windows-1252</source>
        <translation>%1, pero los bytes son windows-1252</translation>
    </message>
    <message>
        <source>%1 but the bytes are not valid UTF-8; read as windows-1252</source>
        <translation>%1, pero los bytes no son UTF-8 válido; leído como windows-1252</translation>
    </message>
    <message>
        <source>%1 but the bytes are not valid UTF-8; ignored</source>
        <translation>%1, pero los bytes no son UTF-8 válido; se ignora</translation>
    </message>
    <message>
        <source>%1, which is not an encoding Docket knows; ignored</source>
        <translation>%1, una codificación que Docket no conoce; se ignora</translation>
    </message>
    <message>
        <source>%1 but the bytes cannot be in that encoding; ignored</source>
        <translation>%1, pero los bytes no pueden estar en esa codificación; se ignora</translation>
    </message>
    <message>
        <source>%1, which this system cannot read; ignored</source>
        <translation>%1, que este sistema no puede leer; se ignora</translation>
    </message>
    <message>
        <source>the bytes are not valid UTF-8; read as windows-1252</source>
        <translation>los bytes no son UTF-8 válido; leído como windows-1252</translation>
    </message>
    <message>
        <source>%1 but the document starts with a %2 byte order mark; read as %2</source>
        <translation>%1, pero el documento empieza con una marca de orden de bytes %2; leído como %2</translation>
    </message>
    <message>
        <source>%1 but the bytes are %2; read as %2</source>
        <translation>%1, pero los bytes son %2; leído como %2</translation>
    </message>
</context>
<context>
    <name>ThreadDocument</name>
    <message>
        <source>Kept</source>
        <translation>Conservado</translation>
    </message>
    <message>
        <source>Deleted today unless kept</source>
        <translation>Se elimina hoy salvo que se conserve</translation>
    </message>
    <message>
        <source>Deleted in 1 day unless kept</source>
        <translation>Se elimina dentro de 1 día salvo que se conserve</translation>
    </message>
    <message>
        <source>Deleted in %1 days unless kept</source>
        <translation>Se elimina dentro de %1 días salvo que se conserve</translation>
    </message>
    <message>
        <source>Fetching the full article…</source>
        <translation>Descargando el artículo completo…</translation>
    </message>
    <message>
        <source>The full article could not be fetched.</source>
        <translation>No se pudo descargar el artículo completo.</translation>
    </message>
    <message>
        <source>The full article could not be fetched: %1</source>
        <translation>No se pudo descargar el artículo completo: %1</translation>
    </message>
    <message>
        <source>The full article page had no article text.</source>
        <translation>La página del artículo completo no tenía texto de artículo.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>started this thread</source>
        <translation>abrió este hilo</translation>
    </message>
    <message>
        <source>Closed · not open for replies</source>
        <translation>Cerrado · no admite respuestas</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Categorías:</translation>
    </message>
    <message>
        <source>Continue reading at %1</source>
        <translation>Seguir leyendo en %1</translation>
    </message>
</context>
<context>
    <name>ThreadListModel</name>
    <message>
        <source>Kept</source>
        <translation>Conservados</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation>en 1 día</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>en %1 días</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>read</source>
        <translation>leído</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>no leído</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservado</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
</context>
<context>
    <name>ThreadMarking</name>
    <message>
        <source>give one or more thread ids (see docket list)</source>
        <translation>indique uno o más ID de hilos (véase docket list)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a thread id (see docket list); nothing was changed</source>
        <translation>«%1» no es el ID de un hilo (véase docket list); no se cambió nada</translation>
    </message>
    <message>
        <source>no such thread: %1 (expired, removed or mistyped); the others were changed</source>
        <translation>no existe el hilo: %1 (caducado, quitado o mal escrito); los demás se cambiaron</translation>
    </message>
</context>
<context>
    <name>ThreadWriterWorker</name>
    <message>
        <source>Could not open the cache %1: %2</source>
        <translation>No se pudo abrir la caché %1: %2</translation>
    </message>
    <message>
        <source>Marked %1 threads read.</source>
        <translation>%1 hilos marcados como leídos.</translation>
    </message>
    <message>
        <source>Could not add the feed: %1</source>
        <translation>No se pudo añadir la fuente: %1</translation>
    </message>
    <message>
        <source>%1: %2 new threads (%3 older than the retention period were left out).</source>
        <translation>%1: %2 hilos nuevos (se omitieron %3 más antiguos que el plazo de conservación).</translation>
    </message>
    <message>
        <source>%1: %2 new threads.</source>
        <translation>%1: %2 hilos nuevos.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>No se importó nada de %1: %2</translation>
    </message>
    <message>
        <source>Imported %1 feeds (%2 already subscribed) into %3 folders.</source>
        <translation>Se importaron %1 fuentes (%2 ya suscritas) en %3 carpetas.</translation>
    </message>
    <message>
        <source>That feed is no longer subscribed.</source>
        <translation>Ya no está suscrito a esa fuente.</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 no se cambió: %2</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>«%1» renombrada como «%2».</translation>
    </message>
    <message>
        <source>Moved “%1” out of its folder.</source>
        <translation>«%1» sacada de su carpeta.</translation>
    </message>
    <message>
        <source>Moved “%1” to %2.</source>
        <translation>«%1» movida a %2.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” keeps threads for %n day(s).</source>
        <translation>
            <numerusform>«%1» conserva los hilos %n día.</numerusform>
            <numerusform>«%1» conserva los hilos %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” keeps threads as long as the global setting says.</source>
        <translation>«%1» conserva los hilos el tiempo que indique el ajuste general.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is checked every %n minute(s).</source>
        <translation>
            <numerusform>«%1» se consulta cada minuto.</numerusform>
            <numerusform>«%1» se consulta cada %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is checked as often as the global setting says.</source>
        <translation>«%1» se consulta con la frecuencia que indique el ajuste general.</translation>
    </message>
    <message>
        <source>Saved the properties of “%1”.</source>
        <translation>Propiedades de «%1» guardadas.</translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribed from “%1”; %n thread(s) deleted with it.</source>
        <translation>
            <numerusform>Suscripción a «%1» cancelada; se eliminó %n hilo con ella.</numerusform>
            <numerusform>Suscripción a «%1» cancelada; se eliminaron %n hilos con ella.</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation>Los ajustes no se guardaron: %1</translation>
    </message>
    <message numerus="yes">
        <source>Settings saved; %n thread(s) past the new retention period deleted.</source>
        <translation>
            <numerusform>Ajustes guardados; se eliminó %n hilo que superaba el nuevo plazo de conservación.</numerusform>
            <numerusform>Ajustes guardados; se eliminaron %n hilos que superaban el nuevo plazo de conservación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Ajustes guardados.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Docket tray menu</source>
        <translation>Menú de Docket en la bandeja</translation>
    </message>
    <message>
        <source>&amp;Show Docket</source>
        <translation>&amp;Mostrar Docket</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Docket</source>
        <translation>Docket</translation>
    </message>
    <message>
        <source>Docket: nothing unread</source>
        <translation>Docket: nada sin leer</translation>
    </message>
    <message>
        <source>Docket: 1 unread thread</source>
        <translation>Docket: 1 hilo no leído</translation>
    </message>
    <message>
        <source>Docket: %1 unread threads</source>
        <translation>Docket: %1 hilos no leídos</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 más</translation>
    </message>
    <message>
        <source>1 new thread</source>
        <translation>1 hilo nuevo</translation>
    </message>
    <message>
        <source>%1 new threads</source>
        <translation>%1 hilos nuevos</translation>
    </message>
    <message>
        <source>1 new thread from %1</source>
        <translation>1 hilo nuevo de %1</translation>
    </message>
    <message>
        <source>%1 new threads from %2</source>
        <translation>%1 hilos nuevos de %2</translation>
    </message>
</context>
<context>
    <name>WelcomePane</name>
    <message>
        <source>&lt;h2&gt;Welcome to Docket&lt;/h2&gt;&lt;p&gt;Docket keeps the legal news you follow as closed threads you can read offline, search and keep. Each thread is deleted 21 days after it was posted unless you keep it.&lt;/p&gt;&lt;p&gt;Start by importing the subscriptions from another reader, or add a feed. Or subscribe to a starter list of public legal-news feeds (JURIST, SCOTUSblog, Courthouse News and others, in folders); you can remove any of them later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenido a Docket&lt;/h2&gt;&lt;p&gt;Docket guarda las noticias jurídicas que usted sigue como hilos cerrados que puede leer sin conexión, buscar y conservar. Cada hilo se elimina 21 días después de su publicación, salvo que usted lo conserve.&lt;/p&gt;&lt;p&gt;Empiece importando las suscripciones de otro lector, o añada una fuente. O suscríbase a una lista inicial de fuentes públicas de noticias jurídicas (JURIST, SCOTUSblog, Courthouse News y otras, en carpetas); puede quitar cualquiera de ellas más adelante.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import OPML…</source>
        <translation>Importar OPML…</translation>
    </message>
    <message>
        <source>Add a feed…</source>
        <translation>Añadir una fuente…</translation>
    </message>
    <message>
        <source>Subscribe to starter feeds</source>
        <translation>Suscribirse a las fuentes iniciales</translation>
    </message>
    <message>
        <source>Subscribe to a starter list of legal-news feeds</source>
        <translation>Suscribirse a una lista inicial de fuentes de noticias jurídicas</translation>
    </message>
    <message>
        <source>Import subscriptions from an OPML file</source>
        <translation>Importar suscripciones de un archivo OPML</translation>
    </message>
    <message>
        <source>Add a feed</source>
        <translation>Añadir una fuente</translation>
    </message>
</context>
<context>
    <name>XmlCursor</name>
    <message>
        <source>the elements nest deeper than %1 levels</source>
        <translation>los elementos se anidan a más de %1 niveles</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Docket is already open on this cache; its window was brought forward</source>
        <translation>Docket ya está abierto con esta caché; su ventana se ha traído al frente</translation>
    </message>
</context>
</TS>
