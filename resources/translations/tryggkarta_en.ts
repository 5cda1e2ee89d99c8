<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ImportDialog</name>
    <message>
        <source>X (easting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y (northing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (date and time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until (date and time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count or severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating (0–3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety-walk observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (from the file or its values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: check the file and report, without changing the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns and first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns for the project&apos;s fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — format %2, %3 columns; coordinates: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not detected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>The import was cancelled; the project was not changed.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, encoding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, separator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns used</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <source>The import stopped because of an unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped because of an unexpected error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerStyles</name>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industrial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footpath and cycle path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bus stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sports ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Church</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EST area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example municipality (synthetic data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import incidents or safety-walk observations from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify: click the map to see the attributes of what is there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor position in the map&apos;s coordinate system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lat %1°  Lon %2°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N %1  E %2 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is running. Wait for it to finish or cancel it before opening another project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project was updated to the current file format; the original was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryggkarta project (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryggkarta project (*.gpkg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All supported files (*.csv *.txt *.geojson *.json *.gpkg *.shp *.xlsx *.gpx);;CSV (*.csv *.txt);;GeoJSON (*.geojson *.json);;GeoPackage (*.gpkg);;Shapefile (*.shp);;Excel (*.xlsx);;GPX (*.gpx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is running. Cancel it and quit? Nothing of it will be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used the next time Tryggkarta starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tryggkarta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tryggkarta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Tryggkarta&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Maps for the municipality&apos;s crime prevention and safety work (EST): incidents, safety walks and actions.&lt;/p&gt;&lt;p&gt;Built on QGIS %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectLayers</name>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety-walk observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety walks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipal boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Railway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roads and streets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer %1 (%2) could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situational picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no table %2: it is not a complete Tryggkarta project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer %1 in %2 could not be loaded by QGIS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurred from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurred until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count or severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row in imported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating (0–3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EST report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daylight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dusk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EST area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
