<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddCommand</name>
    <message numerus="yes">
        <source>%n thread(s) stored from %1</source>
        <translation>
            <numerusform>%n thread stored from %1</numerusform>
            <numerusform>%n threads stored from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddFeedDialog</name>
    <message numerus="yes">
        <source>Found “%1”: %n thread(s), at %2.</source>
        <translation>
            <numerusform>Found “%1”: %n thread, at %2.</numerusform>
            <numerusform>Found “%1”: %n threads, at %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other feed(s): choose one to use it instead</source>
        <translation>
            <numerusform>%n other feed: choose it to use it instead</numerusform>
            <numerusform>%n other feeds: choose one to use it instead</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message numerus="yes">
        <source>%n file(s) already exist in %1. Replace them?</source>
        <translation>
            <numerusform>%n file already exists in %1. Replace it?</numerusform>
            <numerusform>%n files already exist in %1. Replace them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>Exported %n file to %1.</numerusform>
            <numerusform>Exported %n files to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedActions</name>
    <message numerus="yes">
        <source>Its %n thread(s) will be deleted from the cache</source>
        <translation>
            <numerusform>Its %n thread will be deleted from the cache</numerusform>
            <numerusform>Its %n threads will be deleted from the cache</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, including %n you kept</source>
        <translation>
            <numerusform>, including %n you kept</numerusform>
            <numerusform>, including %n you kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedPropertiesDialog</name>
    <message numerus="yes">
        <source>The global setting (%n day(s))</source>
        <translation>
            <numerusform>The global setting (%n day)</numerusform>
            <numerusform>The global setting (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The global setting (every %n minute(s))</source>
        <translation>
            <numerusform>The global setting (every minute)</numerusform>
            <numerusform>The global setting (every %n minutes)</numerusform>
        </translation>
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
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Deleted %n thread(s) past the retention period.</source>
        <translation>
            <numerusform>Deleted %n thread past the retention period.</numerusform>
            <numerusform>Deleted %n threads past the retention period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Subscribed to %1: %n thread(s) stored.</source>
        <translation>
            <numerusform>Subscribed to %1: %n thread stored.</numerusform>
            <numerusform>Subscribed to %1: %n threads stored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message numerus="yes">
        <source>%n articles</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PollFeedback</name>
    <message numerus="yes">
        <source>Polled %n feed(s): </source>
        <translation>
            <numerusform>Polled %n feed: </numerusform>
            <numerusform>Polled %n feeds: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new thread(s)</source>
        <translation>
            <numerusform>%n new thread</numerusform>
            <numerusform>%n new threads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n revised</source>
        <translation>
            <numerusform>, %n revised</numerusform>
            <numerusform>, %n revised</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n failed (see Feeds ▸ Problems)</source>
        <translation>
            <numerusform>; %n failed (see Feeds ▸ Problems)</numerusform>
            <numerusform>; %n failed (see Feeds ▸ Problems)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n feed(s)…</source>
        <translation>
            <numerusform>Fetching %n feed…</numerusform>
            <numerusform>Fetching %n feeds…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message numerus="yes">
        <source>%1 (%n failed fetch(es) in a row)</source>
        <translation>
            <numerusform>%1 (%n failed fetch)</numerusform>
            <numerusform>%1 (%n failed fetches in a row)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) failed on their last fetch. Their threads are still here; Docket keeps trying, waiting longer after each failure.</source>
        <translation>
            <numerusform>%n feed failed on its last fetch. Its threads are still here; Docket keeps trying, waiting longer after each failure.</numerusform>
            <numerusform>%n feeds failed on their last fetch. Their threads are still here; Docket keeps trying, waiting longer after each failure.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreadWriterWorker</name>
    <message numerus="yes">
        <source>“%1” keeps threads for %n day(s).</source>
        <translation>
            <numerusform>“%1” keeps threads for %n day.</numerusform>
            <numerusform>“%1” keeps threads for %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is checked every %n minute(s).</source>
        <translation>
            <numerusform>“%1” is checked every minute.</numerusform>
            <numerusform>“%1” is checked every %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribed from “%1”; %n thread(s) deleted with it.</source>
        <translation>
            <numerusform>Unsubscribed from “%1”; %n thread deleted with it.</numerusform>
            <numerusform>Unsubscribed from “%1”; %n threads deleted with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Settings saved; %n thread(s) past the new retention period deleted.</source>
        <translation>
            <numerusform>Settings saved; %n thread past the new retention period deleted.</numerusform>
            <numerusform>Settings saved; %n threads past the new retention period deleted.</numerusform>
        </translation>
    </message>
</context>
</TS>
