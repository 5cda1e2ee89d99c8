<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>ImportDialog</name>
    <message>
        <source>X (easting)</source>
        <translation>X (östlig koordinat)</translation>
    </message>
    <message>
        <source>Y (northing)</source>
        <translation>Y (nordlig koordinat)</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Klockslag</translation>
    </message>
    <message>
        <source>From (date and time)</source>
        <translation>Från (datum och tid)</translation>
    </message>
    <message>
        <source>Until (date and time)</source>
        <translation>Till (datum och tid)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Reporting organisation</source>
        <translation>Rapporterande organisation</translation>
    </message>
    <message>
        <source>Place type</source>
        <translation>Platstyp</translation>
    </message>
    <message>
        <source>Count or severity</source>
        <translation>Antal eller allvarlighet</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Safety walk</source>
        <translation>Trygghetsvandring</translation>
    </message>
    <message>
        <source>Checklist theme</source>
        <translation>Tema i checklistan</translation>
    </message>
    <message>
        <source>Rating (0–3)</source>
        <translation>Betyg (0–3)</translation>
    </message>
    <message>
        <source>Positive place</source>
        <translation>Positiv plats</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foton</translation>
    </message>
    <message>
        <source>Proposed action</source>
        <translation>Förslag till åtgärd</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importera %1</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>Safety-walk observations</source>
        <translation>Observationer från trygghetsvandringar</translation>
    </message>
    <message>
        <source>Automatic (from the file or its values)</source>
        <translation>Automatiskt (från filen eller värdena)</translation>
    </message>
    <message>
        <source>Dry run: check the file and report, without changing the project</source>
        <translation>Provkörning: kontrollera filen och rapportera, utan att ändra projektet</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importera som</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>Koordinatsystem</translation>
    </message>
    <message>
        <source>Columns and first rows</source>
        <translation>Kolumner och första raderna</translation>
    </message>
    <message>
        <source>Columns for the project&apos;s fields</source>
        <translation>Kolumner för projektets fält</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Filen kunde inte läsas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — format %2, %3 columns; coordinates: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — format %2, %3 kolumner; koordinater: %4</translation>
    </message>
    <message>
        <source>not detected yet</source>
        <translation>bestäms vid importen</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(används inte)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontrollera</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>The import was cancelled; the project was not changed.</source>
        <translation>Importen avbröts; projektet ändrades inte.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n rad läst</numerusform>
            <numerusform>%n rader lästa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would be imported</source>
        <translation>
            <numerusform>%n skulle importeras</numerusform>
            <numerusform>%n skulle importeras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n importerad</numerusform>
            <numerusform>%n importerade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n avvisad</numerusform>
            <numerusform>%n avvisade</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: %1 The project was not changed.</source>
        <translation>Provkörning: %1 Projektet ändrades inte.</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Import av %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>, encoding %1</source>
        <translation>, teckenkodning %1</translation>
    </message>
    <message>
        <source>, separator %1</source>
        <translation>, avgränsare %1</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabb</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Koordinater</translation>
    </message>
    <message>
        <source>Columns used</source>
        <translation>Använda kolumner</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) held personal data in free text: %1</source>
        <translation>
            <numerusform>%n rad hade personuppgifter i fritext: %1</numerusform>
            <numerusform>%n rader hade personuppgifter i fritext: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personuppgifter</translation>
    </message>
    <message>
        <source>Unknown categories</source>
        <translation>Okända kategorier</translation>
    </message>
    <message>
        <source>New organisations</source>
        <translation>Nya organisationer</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Varningar</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Row as read</source>
        <translation>Raden som den lästes</translation>
    </message>
    <message>
        <source>Rejected rows (%1)</source>
        <translation>Avvisade rader (%1)</translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <source>The import stopped because of an unexpected error: %1</source>
        <translation>Importen avbröts på grund av ett oväntat fel: %1</translation>
    </message>
    <message>
        <source>The import stopped because of an unexpected error.</source>
        <translation>Importen avbröts på grund av ett oväntat fel.</translation>
    </message>
</context>
<context>
    <name>LayerStyles</name>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>Bostäder</translation>
    </message>
    <message>
        <source>Town centre</source>
        <translation>Centrum</translation>
    </message>
    <message>
        <source>Industrial</source>
        <translation>Industri</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Park</translation>
    </message>
    <message>
        <source>Forest</source>
        <translation>Skog</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Åker</translation>
    </message>
    <message>
        <source>Main road</source>
        <translation>Huvudgata</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Gata</translation>
    </message>
    <message>
        <source>Footpath and cycle path</source>
        <translation>Gång- och cykelväg</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Bus stop</source>
        <translation>Busshållplats</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Torg</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skola</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Butik</translation>
    </message>
    <message>
        <source>Sports ground</source>
        <translation>Idrottsplats</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <source>Church</source>
        <translation>Kyrka</translation>
    </message>
    <message>
        <source>Youth centre</source>
        <translation>Fritidsgård</translation>
    </message>
    <message>
        <source>Negative observation</source>
        <translation>Negativ observation</translation>
    </message>
    <message>
        <source>Positive observation</source>
        <translation>Positiv observation</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>EST area</source>
        <translation>EST-område</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Stadsdel</translation>
    </message>
    <message>
        <source>Own area</source>
        <translation>Eget område</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open Project</source>
        <translation>Öppna projekt</translation>
    </message>
    <message>
        <source>Zoom to Layer</source>
        <translation>Zooma till lager</translation>
    </message>
    <message>
        <source>Example municipality (synthetic data)</source>
        <translation>Exempelkommun (syntetiska data)</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nytt projekt…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Öppna projekt…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>Import incidents or safety-walk observations from a file</source>
        <translation>Importera händelser eller observationer från trygghetsvandringar från en fil</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Panorera</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identifiera</translation>
    </message>
    <message>
        <source>Identify: click the map to see the attributes of what is there</source>
        <translation>Identifiera: klicka i kartan för att se uppgifterna om det som finns där</translation>
    </message>
    <message>
        <source>Zoom Full</source>
        <translation>Visa hela</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Karta</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Map Navigation</source>
        <translation>Kartnavigering</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Identify Results</source>
        <translation>Identifieringsresultat</translation>
    </message>
    <message>
        <source>Cursor position in the map&apos;s coordinate system</source>
        <translation>Markörens position i kartans koordinatsystem</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Lat %1°  Lon %2°</source>
        <translation>Lat %1°  Lon %2°</translation>
    </message>
    <message>
        <source>N %1  E %2 m</source>
        <translation>N %1  E %2 m</translation>
    </message>
    <message>
        <source>An import is running. Wait for it to finish or cancel it before opening another project.</source>
        <translation>En import pågår. Vänta tills den är klar eller avbryt den innan du öppnar ett annat projekt.</translation>
    </message>
    <message>
        <source>The project was updated to the current file format; the original was saved as %1.</source>
        <translation>Projektet uppdaterades till det nuvarande filformatet; originalet sparades som %1.</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nytt projekt</translation>
    </message>
    <message>
        <source>Tryggkarta project (*.gpkg)</source>
        <translation>Tryggkarta-projekt (*.gpkg)</translation>
    </message>
    <message>
        <source>Tryggkarta project (*.gpkg);;All files (*)</source>
        <translation>Tryggkarta-projekt (*.gpkg);;Alla filer (*)</translation>
    </message>
    <message>
        <source>All supported files (*.csv *.txt *.geojson *.json *.gpkg *.shp *.xlsx *.gpx);;CSV (*.csv *.txt);;GeoJSON (*.geojson *.json);;GeoPackage (*.gpkg);;Shapefile (*.shp);;Excel (*.xlsx);;GPX (*.gpx)</source>
        <translation>Alla filer som kan importeras (*.csv *.txt *.geojson *.json *.gpkg *.shp *.xlsx *.gpx);;CSV (*.csv *.txt);;GeoJSON (*.geojson *.json);;GeoPackage (*.gpkg);;Shapefile (*.shp);;Excel (*.xlsx);;GPX (*.gpx)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importerar %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Inget här.</translation>
    </message>
    <message>
        <source>Import Running</source>
        <translation>Import pågår</translation>
    </message>
    <message>
        <source>An import is running. Cancel it and quit? Nothing of it will be saved.</source>
        <translation>En import pågår. Avbryta den och avsluta? Inget från den sparas.</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The new language is used the next time Tryggkarta starts.</source>
        <translation>Det nya språket används nästa gång Tryggkarta startar.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Tryggkarta</source>
        <translation>&amp;Om Tryggkarta</translation>
    </message>
    <message>
        <source>About Tryggkarta</source>
        <translation>Om Tryggkarta</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Tryggkarta&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Maps for the municipality&apos;s crime prevention and safety work (EST): incidents, safety walks and actions.&lt;/p&gt;&lt;p&gt;Built on QGIS %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tryggkarta&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Kartor för kommunens brottsförebyggande arbete och trygghetsarbete (EST): händelser, trygghetsvandringar och åtgärder.&lt;/p&gt;&lt;p&gt;Byggd på QGIS %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ProjectLayers</name>
    <message>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>Safety-walk observations</source>
        <translation>Observationer</translation>
    </message>
    <message>
        <source>Safety walks</source>
        <translation>Trygghetsvandringar</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Områden</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Platser</translation>
    </message>
    <message>
        <source>Municipal boundary</source>
        <translation>Kommungräns</translation>
    </message>
    <message>
        <source>Railway</source>
        <translation>Järnväg</translation>
    </message>
    <message>
        <source>Roads and streets</source>
        <translation>Vägar och gator</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Byggnader</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Vatten</translation>
    </message>
    <message>
        <source>Land use</source>
        <translation>Markanvändning</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kunde inte läsa %1: %2</translation>
    </message>
    <message>
        <source>The layer %1 (%2) could not be loaded.</source>
        <translation>Lagret %1 (%2) kunde inte läsas in.</translation>
    </message>
    <message>
        <source>Situational picture</source>
        <translation>Lägesbild</translation>
    </message>
    <message>
        <source>%1 has no table %2: it is not a complete Tryggkarta project.</source>
        <translation>%1 saknar tabellen %2: det är inte ett fullständigt Tryggkarta-projekt.</translation>
    </message>
    <message>
        <source>The layer %1 in %2 could not be loaded by QGIS.</source>
        <translation>Lagret %1 i %2 kunde inte läsas in av QGIS.</translation>
    </message>
    <message>
        <source>Base map</source>
        <translation>Baskarta</translation>
    </message>
    <message>
        <source>Occurred from</source>
        <translation>Inträffade från</translation>
    </message>
    <message>
        <source>Occurred until</source>
        <translation>Inträffade till</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Reporting organisation</source>
        <translation>Rapporterande organisation</translation>
    </message>
    <message>
        <source>Place type</source>
        <translation>Platstyp</translation>
    </message>
    <message>
        <source>Count or severity</source>
        <translation>Antal eller allvarlighet</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Personal data found</source>
        <translation>Personuppgifter funna</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Import batch</source>
        <translation>Importomgång</translation>
    </message>
    <message>
        <source>Row in imported file</source>
        <translation>Rad i importerad fil</translation>
    </message>
    <message>
        <source>Other attributes</source>
        <translation>Övriga uppgifter</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Safety walk</source>
        <translation>Trygghetsvandring</translation>
    </message>
    <message>
        <source>Checklist theme</source>
        <translation>Tema i checklistan</translation>
    </message>
    <message>
        <source>Rating (0–3)</source>
        <translation>Betyg (0–3)</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foton</translation>
    </message>
    <message>
        <source>Proposed action</source>
        <translation>Förslag till åtgärd</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observerad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ljusförhållanden</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Arrangör</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>EST report</source>
        <translation>EST-rapport</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Polisen</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Manuellt inlagd</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Uppföljd</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Inställd</translation>
    </message>
    <message>
        <source>Daylight</source>
        <translation>Dagsljus</translation>
    </message>
    <message>
        <source>Dusk</source>
        <translation>Skymning</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mörker</translation>
    </message>
    <message>
        <source>EST area</source>
        <translation>EST-område</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Stadsdel</translation>
    </message>
    <message>
        <source>Own area</source>
        <translation>Eget område</translation>
    </message>
</context>
</TS>
