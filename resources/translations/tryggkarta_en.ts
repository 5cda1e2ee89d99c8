<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>FilterPanel</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Last week</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>This tertial</source>
        <translation>This tertial</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>All dates</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Compare with the previous period</source>
        <translation>Compare with the previous period</translation>
    </message>
    <message>
        <source>Step through time</source>
        <translation>Step through time</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Weeks</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Play: step through the periods</source>
        <translation>Play: step through the periods</translation>
    </message>
    <message>
        <source>Keep the heatmap&apos;s colour scale fixed</source>
        <translation>Keep the heatmap&apos;s colour scale fixed</translation>
    </message>
    <message>
        <source>With a fixed scale the same colour means the same density in every period, so periods can be compared.</source>
        <translation>With a fixed scale the same colour means the same density in every period, so periods can be compared.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Sources and organisations</source>
        <translation>Sources and organisations</translation>
    </message>
    <message>
        <source>EST</source>
        <translation>EST</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Safety walk</source>
        <translation>Safety walk</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Weekdays and hours</source>
        <translation>Weekdays and hours</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Only the hours</source>
        <translation>Only the hours</translation>
    </message>
    <message>
        <source>The last hour included; a range may wrap past midnight (22–04).</source>
        <translation>The last hour included; a range may wrap past midnight (22–04).</translation>
    </message>
    <message>
        <source>Week %1, %2</source>
        <translation>Week %1, %2</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
</context>
<context>
    <name>HourWeekdayHeatTable</name>
    <message>
        <source>Sum</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 %2–%3: %4 events</source>
        <translation>%1 %2–%3: %4 events</translation>
    </message>
    <message>
        <source>%1: %2 events in total</source>
        <translation>%1: %2 events in total</translation>
    </message>
    <message>
        <source>%1–%2, all days: %3 events</source>
        <translation>%1–%2, all days: %3 events</translation>
    </message>
    <message>
        <source>No incidents in the current period</source>
        <translation>No incidents in the current period</translation>
    </message>
    <message>
        <source>%1 events (busiest hour)</source>
        <translation>%1 events (busiest hour)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>X (easting)</source>
        <translation>X (easting)</translation>
    </message>
    <message>
        <source>Y (northing)</source>
        <translation>Y (northing)</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>From (date and time)</source>
        <translation>From (date and time)</translation>
    </message>
    <message>
        <source>Until (date and time)</source>
        <translation>Until (date and time)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Reporting organisation</source>
        <translation>Reporting organisation</translation>
    </message>
    <message>
        <source>Place type</source>
        <translation>Place type</translation>
    </message>
    <message>
        <source>Count or severity</source>
        <translation>Count or severity</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Safety walk</source>
        <translation>Safety walk</translation>
    </message>
    <message>
        <source>Checklist theme</source>
        <translation>Checklist theme</translation>
    </message>
    <message>
        <source>Rating (0–3)</source>
        <translation>Rating (0–3)</translation>
    </message>
    <message>
        <source>Positive place</source>
        <translation>Positive place</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Proposed action</source>
        <translation>Proposed action</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Safety-walk observations</source>
        <translation>Safety-walk observations</translation>
    </message>
    <message>
        <source>Automatic (from the file or its values)</source>
        <translation>Automatic (from the file or its values)</translation>
    </message>
    <message>
        <source>Dry run: check the file and report, without changing the project</source>
        <translation>Dry run: check the file and report, without changing the project</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>Coordinate system</translation>
    </message>
    <message>
        <source>Columns and first rows</source>
        <translation>Columns and first rows</translation>
    </message>
    <message>
        <source>Columns for the project&apos;s fields</source>
        <translation>Columns for the project&apos;s fields</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — format %2, %3 columns; coordinates: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — format %2, %3 columns; coordinates: %4</translation>
    </message>
    <message>
        <source>not detected yet</source>
        <translation>not detected yet</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(not used)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>The import was cancelled; the project was not changed.</source>
        <translation>The import was cancelled; the project was not changed.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would be imported</source>
        <translation>
            <numerusform>%n would be imported</numerusform>
            <numerusform>%n would be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n imported</numerusform>
            <numerusform>%n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: %1 The project was not changed.</source>
        <translation>Dry run: %1 The project was not changed.</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Import of %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>, encoding %1</source>
        <translation>, encoding %1</translation>
    </message>
    <message>
        <source>, separator %1</source>
        <translation>, separator %1</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <source>Columns used</source>
        <translation>Columns used</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) held personal data in free text: %1</source>
        <translation>
            <numerusform>%n row held personal data in free text: %1</numerusform>
            <numerusform>%n rows held personal data in free text: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Unknown categories</source>
        <translation>Unknown categories</translation>
    </message>
    <message>
        <source>New organisations</source>
        <translation>New organisations</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Row as read</source>
        <translation>Row as read</translation>
    </message>
    <message>
        <source>Rejected rows (%1)</source>
        <translation>Rejected rows (%1)</translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <source>The import stopped because of an unexpected error: %1</source>
        <translation>The import stopped because of an unexpected error: %1</translation>
    </message>
    <message>
        <source>The import stopped because of an unexpected error.</source>
        <translation>The import stopped because of an unexpected error.</translation>
    </message>
</context>
<context>
    <name>LayerStyles</name>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>Residential</translation>
    </message>
    <message>
        <source>Town centre</source>
        <translation>Town centre</translation>
    </message>
    <message>
        <source>Industrial</source>
        <translation>Industrial</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Park</translation>
    </message>
    <message>
        <source>Forest</source>
        <translation>Forest</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Main road</source>
        <translation>Main road</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Footpath and cycle path</source>
        <translation>Footpath and cycle path</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Bus stop</source>
        <translation>Bus stop</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Square</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Sports ground</source>
        <translation>Sports ground</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Church</source>
        <translation>Church</translation>
    </message>
    <message>
        <source>Youth centre</source>
        <translation>Youth centre</translation>
    </message>
    <message>
        <source>Negative observation</source>
        <translation>Negative observation</translation>
    </message>
    <message>
        <source>Positive observation</source>
        <translation>Positive observation</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>EST area</source>
        <translation>EST area</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Own area</source>
        <translation>Own area</translation>
    </message>
</context>
<context>
    <name>LiveHeatmap</name>
    <message>
        <source>incidents per km² for the period</source>
        <translation>incidents per km² for the period</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>The project has no incidents.</source>
        <translation>The project has no incidents.</translation>
    </message>
    <message>
        <source>Cannot write the heatmap: %1</source>
        <translation>Cannot write the heatmap: %1</translation>
    </message>
    <message>
        <source>Cannot write the heatmap.</source>
        <translation>Cannot write the heatmap.</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 or more</translation>
    </message>
    <message>
        <source>Heatmap (%1)</source>
        <translation>Heatmap (%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open Project</source>
        <translation>Open Project</translation>
    </message>
    <message>
        <source>Zoom to Layer</source>
        <translation>Zoom to Layer</translation>
    </message>
    <message>
        <source>Example municipality (synthetic data)</source>
        <translation>Example municipality (synthetic data)</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;New Project…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Open Project…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import incidents or safety-walk observations from a file</source>
        <translation>Import incidents or safety-walk observations from a file</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Pan</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identify</translation>
    </message>
    <message>
        <source>Identify: click the map to see the attributes of what is there</source>
        <translation>Identify: click the map to see the attributes of what is there</translation>
    </message>
    <message>
        <source>Zoom Full</source>
        <translation>Zoom Full</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Map Navigation</source>
        <translation>Map Navigation</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Identify Results</source>
        <translation>Identify Results</translation>
    </message>
    <message>
        <source>Cursor position in the map&apos;s coordinate system</source>
        <translation>Cursor position in the map&apos;s coordinate system</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
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
        <translation>An import is running. Wait for it to finish or cancel it before opening another project.</translation>
    </message>
    <message>
        <source>The project was updated to the current file format; the original was saved as %1.</source>
        <translation>The project was updated to the current file format; the original was saved as %1.</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>New Project</translation>
    </message>
    <message>
        <source>Tryggkarta project (*.gpkg)</source>
        <translation>Tryggkarta project (*.gpkg)</translation>
    </message>
    <message>
        <source>Tryggkarta project (*.gpkg);;All files (*)</source>
        <translation>Tryggkarta project (*.gpkg);;All files (*)</translation>
    </message>
    <message>
        <source>All supported files (*.csv *.txt *.geojson *.json *.gpkg *.shp *.xlsx *.gpx);;CSV (*.csv *.txt);;GeoJSON (*.geojson *.json);;GeoPackage (*.gpkg);;Shapefile (*.shp);;Excel (*.xlsx);;GPX (*.gpx)</source>
        <translation>All supported files (*.csv *.txt *.geojson *.json *.gpkg *.shp *.xlsx *.gpx);;CSV (*.csv *.txt);;GeoJSON (*.geojson *.json);;GeoPackage (*.gpkg);;Shapefile (*.shp);;Excel (*.xlsx);;GPX (*.gpx)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Nothing here.</translation>
    </message>
    <message>
        <source>Import Running</source>
        <translation>Import Running</translation>
    </message>
    <message>
        <source>An import is running. Cancel it and quit? Nothing of it will be saved.</source>
        <translation>An import is running. Cancel it and quit? Nothing of it will be saved.</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The new language is used the next time Tryggkarta starts.</source>
        <translation>The new language is used the next time Tryggkarta starts.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Tryggkarta</source>
        <translation>&amp;About Tryggkarta</translation>
    </message>
    <message>
        <source>About Tryggkarta</source>
        <translation>About Tryggkarta</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Tryggkarta&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Maps for the municipality&apos;s crime prevention and safety work (EST): incidents, safety walks and actions.&lt;/p&gt;&lt;p&gt;Built on QGIS %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tryggkarta&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Maps for the municipality&apos;s crime prevention and safety work (EST): incidents, safety walks and actions.&lt;/p&gt;&lt;p&gt;Built on QGIS %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Heatmap: %1</source>
        <translation>Heatmap: %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the map, its styles and the filter in the project file</source>
        <translation>Save the map, its styles and the filter in the project file</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>The heatmap is not available: %1</source>
        <translation>The heatmap is not available: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) in the filter: %1</source>
        <translation>
            <numerusform>%n incident in the filter: %1</numerusform>
            <numerusform>%n incidents in the filter: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Situational picture</source>
        <translation>Situational picture</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>No project is open.</translation>
    </message>
    <message>
        <source>An import is running. Save when it has finished.</source>
        <translation>An import is running. Save when it has finished.</translation>
    </message>
    <message>
        <source>Could not save the map in %1: %2</source>
        <translation>Could not save the map in %1: %2</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>&amp;Print Map…</source>
        <translation>&amp;Print Map…</translation>
    </message>
    <message>
        <source>Print the map as it is shown, with the filter and the heatmap, to a PDF</source>
        <translation>Print the map as it is shown, with the filter and the heatmap, to a PDF</translation>
    </message>
    <message numerus="yes">
        <source>Sources: the project&apos;s incidents (%n in the filter).</source>
        <translation><numerusform>Sources: the project&apos;s incidents (%n in the filter).</numerusform><numerusform>Sources: the project&apos;s incidents (%n in the filter).</numerusform></translation>
    </message>
    <message>
        <source>Print Map</source>
        <translation>Print Map</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 landscape</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 portrait</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 landscape</translation>
    </message>
    <message>
        <source>A3 portrait</source>
        <translation>A3 portrait</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>Print to PDF…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printed to %1</source>
        <translation>Printed to %1</translation>
    </message>
</context>
<context>
    <name>PrintMap</name>
    <message>
        <source>Situational picture</source>
        <translation>Situational picture</translation>
    </message>
    <message>
        <source>Situational picture week %1</source>
        <translation>Situational picture week %1</translation>
    </message>
    <message>
        <source>Situational picture weeks %1–%2</source>
        <translation>Situational picture weeks %1–%2</translation>
    </message>
    <message>
        <source>Situational picture %1 – %2</source>
        <translation>Situational picture %1 – %2</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Printed %1 with Tryggkarta</source>
        <translation>Printed %1 with Tryggkarta</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>No project is open.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Printing was cancelled.</translation>
    </message>
    <message>
        <source>There was not enough memory to print the map at %1 dpi. Try a lower resolution.</source>
        <translation>There was not enough memory to print the map at %1 dpi. Try a lower resolution.</translation>
    </message>
    <message>
        <source>Could not write %1. Check that the folder exists, that you may write there and that the file is not open in another program.</source>
        <translation>Could not write %1. Check that the folder exists, that you may write there and that the file is not open in another program.</translation>
    </message>
    <message>
        <source>Could not create the PDF %1.</source>
        <translation>Could not create the PDF %1.</translation>
    </message>
    <message>
        <source>Scale 1:%1 (printed on %2)</source>
        <translation>Scale 1:%1 (printed on %2)</translation>
    </message>
</context>
<context>
    <name>ProjectLayers</name>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Safety-walk observations</source>
        <translation>Safety-walk observations</translation>
    </message>
    <message>
        <source>Safety walks</source>
        <translation>Safety walks</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Municipal boundary</source>
        <translation>Municipal boundary</translation>
    </message>
    <message>
        <source>Railway</source>
        <translation>Railway</translation>
    </message>
    <message>
        <source>Roads and streets</source>
        <translation>Roads and streets</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>Land use</source>
        <translation>Land use</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>The layer %1 (%2) could not be loaded.</source>
        <translation>The layer %1 (%2) could not be loaded.</translation>
    </message>
    <message>
        <source>Situational picture</source>
        <translation>Situational picture</translation>
    </message>
    <message>
        <source>%1 has no table %2: it is not a complete Tryggkarta project.</source>
        <translation>%1 has no table %2: it is not a complete Tryggkarta project.</translation>
    </message>
    <message>
        <source>The layer %1 in %2 could not be loaded by QGIS.</source>
        <translation>The layer %1 in %2 could not be loaded by QGIS.</translation>
    </message>
    <message>
        <source>Base map</source>
        <translation>Base map</translation>
    </message>
    <message>
        <source>Occurred from</source>
        <translation>Occurred from</translation>
    </message>
    <message>
        <source>Occurred until</source>
        <translation>Occurred until</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Reporting organisation</source>
        <translation>Reporting organisation</translation>
    </message>
    <message>
        <source>Place type</source>
        <translation>Place type</translation>
    </message>
    <message>
        <source>Count or severity</source>
        <translation>Count or severity</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Personal data found</source>
        <translation>Personal data found</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Import batch</source>
        <translation>Import batch</translation>
    </message>
    <message>
        <source>Row in imported file</source>
        <translation>Row in imported file</translation>
    </message>
    <message>
        <source>Other attributes</source>
        <translation>Other attributes</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Safety walk</source>
        <translation>Safety walk</translation>
    </message>
    <message>
        <source>Checklist theme</source>
        <translation>Checklist theme</translation>
    </message>
    <message>
        <source>Rating (0–3)</source>
        <translation>Rating (0–3)</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positive</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Proposed action</source>
        <translation>Proposed action</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observed</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>EST report</source>
        <translation>EST report</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Entered by hand</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Daylight</source>
        <translation>Daylight</translation>
    </message>
    <message>
        <source>Dusk</source>
        <translation>Dusk</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>EST area</source>
        <translation>EST area</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Own area</source>
        <translation>Own area</translation>
    </message>
</context>
<context>
    <name>StatisticsPanel</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Change in incidents per day, in percent</source>
        <translation>Change in incidents per day, in percent</translation>
    </message>
    <message>
        <source>Change beyond chance (exact Poisson test)</source>
        <translation>Change beyond chance (exact Poisson test)</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Show the categories under their groups, with a sum per group</source>
        <translation>Show the categories under their groups, with a sum per group</translation>
    </message>
    <message>
        <source>Time of day and weekday</source>
        <translation>Time of day and weekday</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Per week</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>No incidents in the selection</source>
        <translation>No incidents in the selection</translation>
    </message>
    <message>
        <source>Change the period or the filter to see the counts per category, the times of day and the areas.</source>
        <translation>Change the period or the filter to see the counts per category, the times of day and the areas.</translation>
    </message>
    <message>
        <source>The period is empty</source>
        <translation>The period is empty</translation>
    </message>
    <message>
        <source>Choose a period that ends after it starts.</source>
        <translation>Choose a period that ends after it starts.</translation>
    </message>
    <message>
        <source>The statistics could not be computed</source>
        <translation>The statistics could not be computed</translation>
    </message>
    <message numerus="yes">
        <source>Stockholm local time. %Ln incident(s) known only as a time span (e.g. “between Friday evening and Monday morning”) are spread evenly over the hours of the span.</source>
        <translation>
            <numerusform>Stockholm local time. %Ln incident known only as a time span (e.g. “between Friday evening and Monday morning”) is spread evenly over the hours of the span.</numerusform>
            <numerusform>Stockholm local time. %Ln incidents known only as a time span (e.g. “between Friday evening and Monday morning”) are spread evenly over the hours of the span.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stockholm local time.</source>
        <translation>Stockholm local time.</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(no category)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>An increase beyond chance</source>
        <translation>An increase beyond chance</translation>
    </message>
    <message>
        <source>A decrease beyond chance</source>
        <translation>A decrease beyond chance</translation>
    </message>
    <message>
        <source>Beyond chance on its own, but not after allowing for the many rows compared</source>
        <translation>Beyond chance on its own, but not after allowing for the many rows compared</translation>
    </message>
    <message>
        <source>Within what chance explains</source>
        <translation>Within what chance explains</translation>
    </message>
    <message>
        <source>%1 (exact Poisson test, %2)</source>
        <translation>%1 (exact Poisson test, %2)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>▲▼ A change beyond chance (exact Poisson test, p ≤ %1 after allowing for the many categories compared); △▽ beyond chance only on its own.</source>
        <translation>▲▼ A change beyond chance (exact Poisson test, p ≤ %1 after allowing for the many categories compared); △▽ beyond chance only on its own.</translation>
    </message>
    <message>
        <source>The periods differ in length, so the percentages compare incidents per day.</source>
        <translation>The periods differ in length, so the percentages compare incidents per day.</translation>
    </message>
    <message>
        <source>Few incidents: differences between the periods are mostly chance at these counts.</source>
        <translation>Few incidents: differences between the periods are mostly chance at these counts.</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per month</translation>
    </message>
    <message>
        <source>wk %1</source>
        <translation>wk %1</translation>
    </message>
    <message>
        <source>Week %1, %2 (%3)</source>
        <translation>Week %1, %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) of the current period are not in the bars: they span the period&apos;s start or end and their midpoint lies outside it.</source>
        <translation>
            <numerusform>%Ln incident of the current period is not in the bars: it spans the period&apos;s start or end and its midpoint lies outside it.</numerusform>
            <numerusform>%Ln incidents of the current period are not in the bars: they span the period&apos;s start or end and their midpoint lies outside it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project has no EST areas to rank.</source>
        <translation>The project has no EST areas to rank.</translation>
    </message>
    <message>
        <source>%1: rank %2</source>
        <translation>%1: rank %2</translation>
    </message>
    <message>
        <source>%1 per km² now (%2 km²)</source>
        <translation>%1 per km² now (%2 km²)</translation>
    </message>
    <message>
        <source>Ranked by incidents now; the top three are marked.</source>
        <translation>Ranked by incidents now; the top three are marked.</translation>
    </message>
    <message>
        <source>Outside the areas: %1 now, %2 before.</source>
        <translation>Outside the areas: %1 now, %2 before.</translation>
    </message>
    <message>
        <source>Outside the areas: %1.</source>
        <translation>Outside the areas: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln incident</numerusform>
            <numerusform>%Ln incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>beyond chance (%1)</source>
        <translation>beyond chance (%1)</translation>
    </message>
    <message>
        <source>within chance (%1)</source>
        <translation>within chance (%1)</translation>
    </message>
    <message>
        <source>%1 against the earlier period: %2</source>
        <translation>%1 against the earlier period: %2</translation>
    </message>
    <message>
        <source>%1, compared with %2</source>
        <translation>%1, compared with %2</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Current period: %1 events</source>
        <translation>Current period: %1 events</translation>
    </message>
    <message>
        <source>Earlier period: %1 events</source>
        <translation>Earlier period: %1 events</translation>
    </message>
    <message>
        <source>The periods cover %1 of its %2 days, so fewer events are expected.</source>
        <translation>The periods cover %1 of its %2 days, so fewer events are expected.</translation>
    </message>
    <message>
        <source>Current period</source>
        <translation>Current period</translation>
    </message>
    <message>
        <source>Earlier period</source>
        <translation>Earlier period</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partial</translation>
    </message>
</context>
</TS>
