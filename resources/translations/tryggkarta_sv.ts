<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>FilterPanel</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Förra veckan</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Förra månaden</translation>
    </message>
    <message>
        <source>This tertial</source>
        <translation>Innevarande tertial</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Alla datum</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Anpassad</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Compare with the previous period</source>
        <translation>Jämför med föregående period</translation>
    </message>
    <message>
        <source>Step through time</source>
        <translation>Stega genom tiden</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Veckor</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Månader</translation>
    </message>
    <message>
        <source>Play: step through the periods</source>
        <translation>Spela upp: stega genom perioderna</translation>
    </message>
    <message>
        <source>Keep the heatmap&apos;s colour scale fixed</source>
        <translation>Håll värmekartans färgskala fast</translation>
    </message>
    <message>
        <source>With a fixed scale the same colour means the same density in every period, so periods can be compared.</source>
        <translation>Med fast skala betyder samma färg samma täthet i alla perioder, så att perioderna kan jämföras.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <source>Sources and organisations</source>
        <translation>Källor och organisationer</translation>
    </message>
    <message>
        <source>EST</source>
        <translation>EST</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Polisen</translation>
    </message>
    <message>
        <source>Safety walk</source>
        <translation>Trygghetsvandring</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuellt inlagd</translation>
    </message>
    <message>
        <source>Weekdays and hours</source>
        <translation>Veckodagar och klockslag</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mån</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tis</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Ons</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Tor</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fre</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Lör</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sön</translation>
    </message>
    <message>
        <source>Only the hours</source>
        <translation>Endast klockan</translation>
    </message>
    <message>
        <source>The last hour included; a range may wrap past midnight (22–04).</source>
        <translation>Den sista timmen som ingår; intervallet kan gå över midnatt (22–04).</translation>
    </message>
    <message>
        <source>Week %1, %2</source>
        <translation>v. %1, %2</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Till och med</translation>
    </message>
</context>
<context>
    <name>HourWeekdayHeatTable</name>
    <message>
        <source>Sum</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>%1 %2–%3: %4 events</source>
        <translation>%1 kl. %2–%3: %4 händelser</translation>
    </message>
    <message>
        <source>%1: %2 events in total</source>
        <translation>%1: totalt %2 händelser</translation>
    </message>
    <message>
        <source>%1–%2, all days: %3 events</source>
        <translation>Kl. %1–%2, alla dagar: %3 händelser</translation>
    </message>
    <message>
        <source>No incidents in the current period</source>
        <translation>Inga händelser under den aktuella perioden</translation>
    </message>
    <message>
        <source>%1 events (busiest hour)</source>
        <translation>%1 händelser (timmen med flest)</translation>
    </message>
</context>
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
    <name>LiveHeatmap</name>
    <message>
        <source>incidents per km² for the period</source>
        <translation>händelser per km² under perioden</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Värmekarta</translation>
    </message>
    <message>
        <source>The project has no incidents.</source>
        <translation>Projektet har inga händelser.</translation>
    </message>
    <message>
        <source>Cannot write the heatmap: %1</source>
        <translation>Kan inte skriva värmekartan: %1</translation>
    </message>
    <message>
        <source>Cannot write the heatmap.</source>
        <translation>Kan inte skriva värmekartan.</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 eller mer</translation>
    </message>
    <message>
        <source>Heatmap (%1)</source>
        <translation>Värmekarta (%1)</translation>
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
    <message>
        <source>Heatmap: %1</source>
        <translation>Värmekarta: %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Save the map, its styles and the filter in the project file</source>
        <translation>Spara kartan, dess stilar och filtret i projektfilen</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 sparades</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>The heatmap is not available: %1</source>
        <translation>Värmekartan är inte tillgänglig: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) in the filter: %1</source>
        <translation>
            <numerusform>%n händelse i filtret: %1</numerusform>
            <numerusform>%n händelser i filtret: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Situational picture</source>
        <translation>Lägesbild</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Inget projekt är öppet.</translation>
    </message>
    <message>
        <source>An import is running. Save when it has finished.</source>
        <translation>En import pågår. Spara när den är klar.</translation>
    </message>
    <message>
        <source>Could not save the map in %1: %2</source>
        <translation>Kunde inte spara kartan i %1: %2</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>&amp;Print Map…</source>
        <translation>Skriv &amp;ut karta…</translation>
    </message>
    <message>
        <source>Print the map as it is shown, with the filter and the heatmap, to a PDF</source>
        <translation>Skriv ut kartan som den visas, med filtret och värmekartan, till en PDF</translation>
    </message>
    <message numerus="yes">
        <source>Sources: the project&apos;s incidents (%n in the filter).</source>
        <translation><numerusform>Källor: projektets händelser (%n i filtret).</numerusform><numerusform>Källor: projektets händelser (%n i filtret).</numerusform></translation>
    </message>
    <message>
        <source>Print Map</source>
        <translation>Skriv ut karta</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 liggande</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 stående</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 liggande</translation>
    </message>
    <message>
        <source>A3 portrait</source>
        <translation>A3 stående</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papper</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>Skriv ut till PDF…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printed to %1</source>
        <translation>Utskriven till %1</translation>
    </message>
</context>
<context>
    <name>PrintMap</name>
    <message>
        <source>Situational picture</source>
        <translation>Lägesbild</translation>
    </message>
    <message>
        <source>Situational picture week %1</source>
        <translation>Lägesbild v. %1</translation>
    </message>
    <message>
        <source>Situational picture weeks %1–%2</source>
        <translation>Lägesbild v. %1–%2</translation>
    </message>
    <message>
        <source>Situational picture %1 – %2</source>
        <translation>Lägesbild %1 – %2</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Teckenförklaring</translation>
    </message>
    <message>
        <source>Printed %1 with Tryggkarta</source>
        <translation>Utskriven %1 med Tryggkarta</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Inget projekt är öppet.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Utskriften avbröts.</translation>
    </message>
    <message>
        <source>There was not enough memory to print the map at %1 dpi. Try a lower resolution.</source>
        <translation>Det fanns inte tillräckligt med minne för att skriva ut kartan med %1 dpi. Prova en lägre upplösning.</translation>
    </message>
    <message>
        <source>Could not write %1. Check that the folder exists, that you may write there and that the file is not open in another program.</source>
        <translation>Kunde inte skriva %1. Kontrollera att mappen finns, att du har behörighet att skriva där och att filen inte är öppen i ett annat program.</translation>
    </message>
    <message>
        <source>Could not create the PDF %1.</source>
        <translation>Kunde inte skapa PDF-filen %1.</translation>
    </message>
    <message>
        <source>Scale 1:%1 (printed on %2)</source>
        <translation>Skala 1:%1 (utskrift i %2)</translation>
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
<context>
    <name>StatisticsPanel</name>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Change in incidents per day, in percent</source>
        <translation>Förändring i händelser per dag, i procent</translation>
    </message>
    <message>
        <source>Change beyond chance (exact Poisson test)</source>
        <translation>Förändring större än vad slumpen förklarar (exakt Poissontest)</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppera</translation>
    </message>
    <message>
        <source>Show the categories under their groups, with a sum per group</source>
        <translation>Visa kategorierna under sina grupper, med en summa per grupp</translation>
    </message>
    <message>
        <source>Time of day and weekday</source>
        <translation>Tid på dygnet och veckodag</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Per vecka</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Områden</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>No incidents in the selection</source>
        <translation>Inga händelser i urvalet</translation>
    </message>
    <message>
        <source>Change the period or the filter to see the counts per category, the times of day and the areas.</source>
        <translation>Ändra perioden eller filtret för att se antal per kategori, tider på dygnet och områden.</translation>
    </message>
    <message>
        <source>The period is empty</source>
        <translation>Perioden är tom</translation>
    </message>
    <message>
        <source>Choose a period that ends after it starts.</source>
        <translation>Välj en period som slutar efter att den börjar.</translation>
    </message>
    <message>
        <source>The statistics could not be computed</source>
        <translation>Statistiken kunde inte beräknas</translation>
    </message>
    <message numerus="yes">
        <source>Stockholm local time. %Ln incident(s) known only as a time span (e.g. “between Friday evening and Monday morning”) are spread evenly over the hours of the span.</source>
        <translation>
            <numerusform>Svensk lokal tid. %Ln händelse som bara är känd som ett tidsintervall (t.ex. ”mellan fredag kväll och måndag morgon”) är jämnt fördelad över intervallets timmar.</numerusform>
            <numerusform>Svensk lokal tid. %Ln händelser som bara är kända som ett tidsintervall (t.ex. ”mellan fredag kväll och måndag morgon”) är jämnt fördelade över intervallets timmar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stockholm local time.</source>
        <translation>Svensk lokal tid.</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(ingen kategori)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>An increase beyond chance</source>
        <translation>En ökning större än vad slumpen förklarar</translation>
    </message>
    <message>
        <source>A decrease beyond chance</source>
        <translation>En minskning större än vad slumpen förklarar</translation>
    </message>
    <message>
        <source>Beyond chance on its own, but not after allowing for the many rows compared</source>
        <translation>Större än vad slumpen förklarar för raden ensam, men inte med hänsyn till att många rader jämförs</translation>
    </message>
    <message>
        <source>Within what chance explains</source>
        <translation>Inom vad slumpen kan förklara</translation>
    </message>
    <message>
        <source>%1 (exact Poisson test, %2)</source>
        <translation>%1 (exakt Poissontest, %2)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>▲▼ A change beyond chance (exact Poisson test, p ≤ %1 after allowing for the many categories compared); △▽ beyond chance only on its own.</source>
        <translation>▲▼ En förändring större än vad slumpen förklarar (exakt Poissontest, p ≤ %1 med hänsyn till att många kategorier jämförs); △▽ större än slumpen bara för kategorin ensam.</translation>
    </message>
    <message>
        <source>The periods differ in length, so the percentages compare incidents per day.</source>
        <translation>Perioderna är olika långa, så procentsatserna jämför händelser per dag.</translation>
    </message>
    <message>
        <source>Few incidents: differences between the periods are mostly chance at these counts.</source>
        <translation>Få händelser: vid så små antal är skillnaderna mellan perioderna mest slump.</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per månad</translation>
    </message>
    <message>
        <source>wk %1</source>
        <translation>v. %1</translation>
    </message>
    <message>
        <source>Week %1, %2 (%3)</source>
        <translation>Vecka %1, %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) of the current period are not in the bars: they span the period&apos;s start or end and their midpoint lies outside it.</source>
        <translation>
            <numerusform>%Ln händelse i den aktuella perioden finns inte med i staplarna: den sträcker sig över periodens början eller slut och dess mittpunkt ligger utanför perioden.</numerusform>
            <numerusform>%Ln händelser i den aktuella perioden finns inte med i staplarna: de sträcker sig över periodens början eller slut och deras mittpunkt ligger utanför perioden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project has no EST areas to rank.</source>
        <translation>Projektet har inga EST-områden att rangordna.</translation>
    </message>
    <message>
        <source>%1: rank %2</source>
        <translation>%1: plats %2</translation>
    </message>
    <message>
        <source>%1 per km² now (%2 km²)</source>
        <translation>%1 per km² nu (%2 km²)</translation>
    </message>
    <message>
        <source>Ranked by incidents now; the top three are marked.</source>
        <translation>Rangordnade efter antal händelser nu; de tre översta är markerade.</translation>
    </message>
    <message>
        <source>Outside the areas: %1 now, %2 before.</source>
        <translation>Utanför områdena: %1 nu, %2 före.</translation>
    </message>
    <message>
        <source>Outside the areas: %1.</source>
        <translation>Utanför områdena: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln händelse</numerusform>
            <numerusform>%Ln händelser</numerusform>
        </translation>
    </message>
    <message>
        <source>beyond chance (%1)</source>
        <translation>större än vad slumpen förklarar (%1)</translation>
    </message>
    <message>
        <source>within chance (%1)</source>
        <translation>inom vad slumpen kan förklara (%1)</translation>
    </message>
    <message>
        <source>%1 against the earlier period: %2</source>
        <translation>%1 jämfört med föregående period: %2</translation>
    </message>
    <message>
        <source>%1, compared with %2</source>
        <translation>%1, jämfört med %2</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Current period: %1 events</source>
        <translation>Aktuell period: %1 händelser</translation>
    </message>
    <message>
        <source>Earlier period: %1 events</source>
        <translation>Föregående period: %1 händelser</translation>
    </message>
    <message>
        <source>The periods cover %1 of its %2 days, so fewer events are expected.</source>
        <translation>Perioderna täcker %1 av de %2 dagarna, så färre händelser är att vänta.</translation>
    </message>
    <message>
        <source>Current period</source>
        <translation>Aktuell period</translation>
    </message>
    <message>
        <source>Earlier period</source>
        <translation>Föregående period</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Ofullständig</translation>
    </message>
</context>
</TS>
