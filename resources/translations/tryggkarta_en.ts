<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionEditor</name>
    <message>
        <source>The project cannot be edited now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actions could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change the Status of %n Action(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Action(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Priority &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Priority &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Priority &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be done (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Description</translation>
    </message>
    <message>
        <source>An intervention (insats) is an action of any kind but &quot;Action&quot;: it has an area and a period, and can be evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Kind</translation>
    </message>
    <message>
        <source>(no priority)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority (problem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Area</translation>
    </message>
    <message>
        <source>observation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. area police officer, property manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s role in the organisation. Never a person&apos;s name: the action list is shown to the EST group and may be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact role (a role, never a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> SEK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required for a rejected action: it is published with the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to the status history with a changed status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal: for the EST group only, left out of public exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note (not published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write dates as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what is to be done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionLayers</name>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionListModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: the deadline %1 has passed and the action is neither done nor rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Kind</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Area</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionStepCommand</name>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionText</name>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Done</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police patrols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pruning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 (low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsController</name>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an Action of an Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Action from the &amp;Map Selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action at the centre of the incidents selected on the map, in the area it lies in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the Selected &amp;Actions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The responsible organisation or deadline of every selected action at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Priority…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Priority…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Action for this Priority…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected priority? Its actions stay, without it. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Citizen Promise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s medborgarlöfte: the promised activities, what was done, and the yearly follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;valuate the Intervention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the events before and after the intervention with a comparison area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (internal)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel XLSX (internal)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (public: no notes, costs or contacts)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel XLSX (public)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday List (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select incidents on the map first (the select tool, Ctrl+Alt+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From %n incident(s) selected on the map.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The status was changed. Undo (Ctrl+Z) takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change %n Action(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n action(s) with their status history? Undo (Ctrl+Z) brings the actions back, without their history.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished">No project is open.</translation>
    </message>
    <message>
        <source>all actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions-public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Action List</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n action(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (not done or rejected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions and interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary actions only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Status history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddLayerDialog</name>
    <message>
        <source>needs internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not a capabilities document (%1, line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service lists no layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show your own map data with the project: files, web map services or tiles. They are shown in &lt;b&gt;My layers&lt;/b&gt; and are not imported into the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready-made maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>WMS/WMTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XYZ tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStreetMap (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lantmäteriet: Topografisk webbkarta (%1, API key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your API key from Lantmäteriet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted colours (nedtonad), so the situational picture stands out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Needs internet.&lt;/b&gt; Without a connection the layer stays empty and is marked in the layer tree; the rest of the map works as before.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Topografisk webbkarta&lt;/b&gt; is Lantmäteriet&apos;s topographic map of Sweden, open data (CC BY 4.0), served in SWEREF 99 TM.&lt;/p&gt;&lt;p&gt;Lantmäteriet gives it only with a personal API key: order &lt;i&gt;Topografisk webbkarta Visning, CCBY&lt;/i&gt; (free of charge) at &lt;a href=&quot;https://www.lantmateriet.se/&quot;&gt;lantmateriet.se&lt;/a&gt; and paste the key below. The key is saved in the project file together with the layer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;OpenStreetMap&lt;/b&gt;: the standard street map of the OpenStreetMap project, drawn by volunteers. The map shows the credit &lt;i&gt;© OpenStreetMap contributors&lt;/i&gt;, as its licence requires.&lt;/p&gt;&lt;p&gt;The tiles are in Web Mercator and are reprojected to the project&apos;s coordinate system, so text on them may look slightly stretched.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoPackage, Shapefile, GeoJSON, GeoTIFF, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>Coordinate system</translation>
    </message>
    <message>
        <source>&lt;b&gt;The file does not say which coordinate system it is in.&lt;/b&gt; Choose the one it was made in: Swedish municipal data are usually in SWEREF 99 TM or a local SWEREF 99 zone (e.g. SWEREF 99 13 30 in Värmland), older data in RT90 2.5 gon V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers in any coordinate system are shown reprojected to the project&apos;s (%1). The project remembers where the file is, relative to the project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map files (*.gpkg *.shp *.geojson *.json *.fgb *.gml *.kml *.kmz *.tab *.mif *.dxf *.gpx *.csv *.tif *.tiff *.jp2 *.jpg *.png *.ecw *.vrt *.asc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no map layers that GDAL can read. Vector files (GeoPackage, Shapefile, GeoJSON, …) and raster files (GeoTIFF, …) can be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service which layers it has (needs internet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WMS (map images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WMTS (map tiles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tile matrix set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in the layer tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&lt;b&gt;Needs internet.&lt;/b&gt; The service is asked in the background when the layer is added; if it cannot be reached, nothing is added and you are told why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the service&apos;s address first, e.g. https://karta.example.se/wms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for its layers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer. Check the address and the internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) found.</source>
        <translation>
            <numerusform>%n layer found.</numerusform>
            <numerusform>%n layers found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. © The map&apos;s owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiles in the web&apos;s usual numbering (Web Mercator), with {z}, {x} and {y} in the address. Tiles from a web address &lt;b&gt;need internet&lt;/b&gt;; a folder of tiles on this computer works offline: &lt;tt&gt;file:///C:/Kartor/tiles/{z}/{x}/{y}.png&lt;/tt&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStreetMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topografisk webbkarta (muted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topografisk webbkarta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your API key from Lantmäteriet. Lantmäteriet gives its topographic web map only with a key; order one (free of charge) at lantmateriet.se.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file with Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the layers of the file to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the service&apos;s address, e.g. https://karta.example.se/wms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the layer&apos;s name, or fetch the service&apos;s layers and choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A WMTS layer needs its tile matrix set (e.g. 3006): fetch the service&apos;s layers and choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must contain {z}, {x} and {y}, e.g. https://tiles.example.se/{z}/{x}/{y}.png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest zoom level must not be above the highest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisDialog</name>
    <message>
        <source>EST areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s), as the map shows them.</source>
        <translation>
            <numerusform>%n incident, as the map shows it.</numerusform>
            <numerusform>%n incidents, as the map shows them.</numerusform>
        </translation>
    </message>
    <message>
        <source>The filter selects no incidents: choose another period or more categories in the filter panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The incidents in the filter:&lt;/b&gt; %1&lt;br&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result is kept in the project file under this name, with the filter and the parameters that made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a result with this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far each incident spreads. The radius shapes the picture more than anything else: a small one shows single places, a large one whole districts. %1 m comes from how these incidents are spread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far each incident spreads. The radius shapes the picture more than anything else: a small one shows single places, a large one whole districts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The squares the heatmap is drawn in. Smaller squares look smoother and take longer; they do not change the density.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartic (the usual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triweight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epanechnikov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triangular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How an incident&apos;s weight falls off with distance. Quartic gives soft hot spots; uniform counts everything within the radius alike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents per km² for the period read as they sound, and maps of periods of the same length compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on water or outside the municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves the lake and what lies outside the municipality blank, so the density does not leak into them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near the municipality&apos;s edge part of each incident&apos;s spread falls where nothing is recorded, so the density looks too low there. The correction raises it; the map then no longer adds up exactly to the number of incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hexagons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents are counted per cell (or area). A hot spot is a cell that, with its neighbours, has more incidents than chance would give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result depends on it: other sizes draw other hot spots, so try two before drawing conclusions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells within a distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nearest cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which cells count as a cell&apos;s neighbourhood. A distance suits most maps; the nearest cells suit incidents spread very unevenly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells whose centres lie this close are neighbours; about three cells is usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many nearest cells are neighbours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Gi* on areas compares each area and the areas touching it with all areas; it needs at least three.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gi* needs at least %1 incidents to say much; the filter selects %2. Choose a longer period or more categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gi* needs 30 incidents or more. Cells are classed as hot or cold spots at 99, 95 or 90 % confidence, corrected for testing many cells at once (FDR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents this close are neighbours. A larger distance joins nearby groups into one cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents within the distance (the incident itself included) that make the core of a cluster. Fewer give more and smaller clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also close in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Incidents must also lie close in time (ST-DBSCAN): the same place months apart is then not one cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following the incidents (concave)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convex is the tightest outline without dents; concave follows the incidents more closely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period before, as long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same period last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comparison needs a period: choose one in the filter panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compares %1 with %2, with the same filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The areas are ranked by their incidents now and coloured by their change; a change beyond chance is outlined and starred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map&apos;s squares compared as the areas are, to find changes inside or between areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significance level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure a change must be to be marked: 0.05 marks a change that chance alone gives once in twenty, corrected for testing many areas and cells. Small counts rarely reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result of this name will be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has a result of this name: tick Replace or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>No project is open.</translation>
    </message>
    <message>
        <source>Give the result a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project already has a result called %1. Tick Replace or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The heatmap cannot be made with these settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one nearest cell is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot spots cannot be found with these settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cluster needs at least 1 incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time window must be more than 0 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comparison needs a period: choose one in the filter panel (not all dates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The significance level must lie between 0 and 1, e.g. 0.05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The result was saved, but QGIS cannot show it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1. Note: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis failed and nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s) from safety walks.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 incident(s) and %2 observation(s) from safety walks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter selects nothing of this layer: choose another layer, more checklist items or another period in the filter panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What the analysis counts:&lt;/b&gt; %1&lt;br&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the analysis counts. Observations are the problems found on safety walks, weighted 3 − rating (rating 0, very unsafe, weighs 3; without a rating 1); positive places and unconfirmed drafts never count. Categories, sources and organisations filter the incidents only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only observations of the ticked checklist items, e.g. only lighting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisDialogs</name>
    <message>
        <source>&amp;Kernel Density (Heatmap Raster)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A heatmap of the incidents in the filter, stored in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hot Spots (Gi*)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistical hot and cold spots of the incidents in the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clusters (DBSCAN)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of incidents close together, with outlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Com&amp;pare Periods…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter&apos;s period against the one before or last year, per area and cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n analysis(es) still running. Cancel and go on? Nothing of a cancelled analysis is saved.</source>
        <translation>
            <numerusform>%n analysis is still running. Cancel it and go on? Nothing of a cancelled analysis is saved.</numerusform>
            <numerusform>%n analyses are still running. Cancel them and go on? Nothing of a cancelled analysis is saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnalysisTask</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selecting incidents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the periods…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 incidents against %2 before; no change beyond chance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 incidents against %2 before; beyond chance: %3 areas and %4 cells up, %5 areas and %6 cells down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 incidents, radius %2 m, peak %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hot spots 99/95/90 %: %1/%2/%3, cold spots: %4/%5/%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n cluster</numerusform>
            <numerusform>%n clusters</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 of %2 incidents in no cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving in the project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis stopped without saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3), radius %4 m, peak %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 of %2 %3 in no cluster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisText</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EST reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety walks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation type="unfinished"></translation>
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
        <source>EST areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quartic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>triweight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epanechnikov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>triangular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>Hot spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour and weekday profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near repeats (Knox test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>categories: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekdays: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intervals counted at their midpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kernel, radius %2 m (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cells of %1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing on water or outside the municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only inside %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edge correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gi* on the project&apos;s %1, neighbours within %2 m, corrected for many tests (FDR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hexagons %1 m across</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>squares of %1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 nearest cells as neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neighbours within %1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gi* on %1, %2, corrected for many tests (FDR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at least %2 incidents within %3 m and %4 days of each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at least %2 incidents within %3 m of each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outlines follow the incidents (concave)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convex outlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same period last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against %1 (%2), per %3 and per cell of %4 m; exact test for counts, significance level %5 after the FDR correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum of kernel values (raw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incidents per m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incidents per km² for the period</source>
        <translation>incidents per km² for the period</translation>
    </message>
    <message>
        <source>categories (incidents only): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources (incidents only): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisations (incidents only): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety walks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished">Incidents</translation>
    </message>
    <message>
        <source>Observations from safety walks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observations from safety walks, weighted 3 − rating (problems only; positive places and drafts left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observations from safety walks, each counted once (problems only; positive places and drafts left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incidents and observations from safety walks, the observations weighted 3 − rating (problems only; positive places and drafts left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incidents and observations from safety walks, each counted once (problems only; positive places and drafts left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incidents and observations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttributeTablePanel</name>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Safety-walk observations</source>
        <translation>Safety-walk observations</translation>
    </message>
    <message>
        <source>Search the table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what the map filter shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the incidents of the lägesbild&apos;s filter (period, categories, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a row to show it on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2, sorting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished">Group</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished">Incidents</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge With…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hidden category is no longer offered for new incidents; those it has keep it. Merging moves a category&apos;s incidents and crosswalk lines to another and removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished">Categories</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished">Show</translation>
    </message>
    <message numerus="yes">
        <source>Merge %1 into %2? %n incident(s) move to %2, and %1 is removed from the project (its crosswalk lines follow).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the Swedish name is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryMapping</name>
    <message>
        <source>Value in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished">Category</translation>
    </message>
    <message>
        <source>Category of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through crosswalk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out on purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a category value of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file has %n category value(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>They are read through the crosswalk %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) still unknown: their rows are rejected unless you choose a category or leave them out on purpose. Your choices are kept in the crosswalk for the next import.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your choices are kept in the crosswalk for the next import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: choose what it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out on purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: your choice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Synchronisation conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rows changed both here and in the shared database (or one side deleted them) since the last synchronisation. Neither version was overwritten: choose which to keep. The next synchronisation carries out the choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished">Field</translation>
    </message>
    <message>
        <source>This copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this copy&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the shared version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted in the shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted or not readable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished">Observation</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety walk</source>
        <translation type="unfinished">Safety walk</translation>
    </message>
    <message>
        <source>Walk stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Area</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished">Category</translation>
    </message>
    <message>
        <source>Category group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place type</source>
        <translation type="unfinished">Place type</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation on a safety walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen promise activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to a citizen promise activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosswalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosswalk line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurred from</source>
        <translation type="unfinished">Occurred from</translation>
    </message>
    <message>
        <source>Occurred until</source>
        <translation type="unfinished">Occurred until</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Description</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Source</translation>
    </message>
    <message>
        <source>Place precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">Created</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed action</source>
        <translation type="unfinished">Proposed action</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished">Observed</translation>
    </message>
    <message>
        <source>Walk date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished">Participants</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Kind</translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Code</translation>
    </message>
    <message>
        <source>Name in Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other attributes</source>
        <translation type="unfinished">Other attributes</translation>
    </message>
    <message>
        <source>Precision given by the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data found</source>
        <translation type="unfinished">Personal data found</translation>
    </message>
    <message>
        <source>Event id at the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row in the source file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrosswalksPage</name>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosswalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>Add Line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A crosswalk reads a source&apos;s own values as the project&apos;s categories. An import uses the crosswalk that knows the file&apos;s values; rows whose value is left out on purpose are kept with the import&apos;s rejects, counted apart from errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosswalks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n line(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Left out on purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the crosswalk %1 with its lines? Imports no longer read values through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Line in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Crosswalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the export of the housing company&apos;s reporting system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Description</translation>
    </message>
    <message>
        <source>Import Crosswalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Crosswalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditingController</name>
    <message>
        <source>Add Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an incident: click the map where it happened (Ctrl+.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Safety-Walk Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a safety-walk observation: click the map where it was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select incidents and observations: click, Shift-click to add, Ctrl-click to toggle, or drag a rectangle. Drag a selected point to move the selection; double-click to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected incident or observation; several incidents are changed together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attribute Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incidents and observations as a table: search, sort, double-click to show one on the map (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident was saved. It is outside the filter (%1), so the map does not show it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationChart</name>
    <message>
        <source>The weekly counts show here once evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Evaluate an intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas outside the target (and its buffer), most like it in level and trend before first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer around the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished">Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None ticked: all categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Save with the intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished">PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printed to %1.</source>
        <translation type="unfinished">Printed to %1.</translation>
    </message>
    <message>
        <source>Intervention: %1 (%2), %3 – %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 events before, trend %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested comparison areas, most like the target (%1 events before) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the project as evaluation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationPdf</name>
    <message>
        <source>Evaluation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished">Group</translation>
    </message>
    <message>
        <source>Target before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DiD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RES (95 % CI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WDD (SE; 95 % CI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WDQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished">Total</translation>
    </message>
    <message>
        <source>not computed¹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished">Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After (intervention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer %1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ring of %1 m around the target area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (%3 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished">Categories</translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents at the midpoint of their time, counted inside each area. RES = (a·d)/(b·c) with Var(ln RES) = 1/a+1/b+1/c+1/d (Welsh &amp; Farrington); WDD = ΔT − ΔC + ΔD − ΔC with the sum of the counts as its variance (Wheeler &amp; Ratcliffe 2018); WDQ after Bowers &amp; Johnson (2003). RES above 1 and a negative WDD mean the target fared better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The periods differ in length: after counts are scaled by %1 in DiD and WDD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result per category group and in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¹ Not computed: one of the counts is 0 (RES needs an event in each of the four counts, WDQ in each of the six), or for the WDQ the target changed exactly as the comparison area did. Groups without any event are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation: %1 against %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationTask</name>
    <message>
        <source>Evaluating the intervention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterController</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Heatmap: %1</source>
        <translation>Heatmap: %1</translation>
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
    <message numerus="yes">
        <source>The heatmap also counts %n observation(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>reading the incidents was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Include safety-walk observations in the heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problems found on safety walks count in the heatmap too, weighted 3 − rating (rating 0, very unsafe, weighs 3). Positive places and unconfirmed drafts never count. Categories, sources and organisations filter the incidents only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest data of these organisations or sources is older than the start of the period: they have not reported for it (yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest report from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These incidents are counted in the statistics and listed in the table, but their place is only a municipality, a county or an area: drawn as points they would make a false hot spot, so the map and the heatmap leave them out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an entry to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priorities without actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions without a priority or observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No loose ends: every priority has actions, every action an origin, and nothing is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n loose end(s) to take up at the EST meeting.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>IdentifyPanel</name>
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
        <source>Nothing here.</source>
        <translation>Nothing here.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished">Photos</translation>
    </message>
    <message>
        <source>%1 (click to see it whole)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import incidents or safety-walk observations from a file</source>
        <translation>Import incidents or safety-walk observations from a file</translation>
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
        <source>Import Running</source>
        <translation>Import Running</translation>
    </message>
    <message>
        <source>An import is running. Cancel it and quit? Nothing of it will be saved.</source>
        <translation>An import is running. Cancel it and quit? Nothing of it will be saved.</translation>
    </message>
    <message>
        <source>%1 will be imported when %2 has been.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) wait their turn.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled: %n file(s) waiting were not imported either.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished">No project is open.</translation>
    </message>
    <message>
        <source>Reading the category values of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Anyway</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Import Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosswalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and report what an import would do, without changing the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: the one that knows the file&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file&apos;s category values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file&apos;s category values was cancelled. Change a column or the crosswalk to read them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source&apos;s event id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place name</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>only the municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a street or place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n left out on purpose</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the project</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Crosswalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories read through the crosswalk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out on purpose (kept with the import&apos;s rejects, not errors): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) already in the project or twice in the file: not imported again</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) have no exact place: counted, but not drawn as points or used in the point analyses. %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imprecise places</source>
        <translation type="unfinished"></translation>
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
    <name>IncidentForm</name>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found afterwards: between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an event discovered later, e.g. between Friday evening and Monday morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who reported it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many, or how serious: the heatmap and statistics count the incident this many times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count or &amp;severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened at the place: describe the place and the situation, never persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the personal data as written (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports describe places and situations, never persons. Personal data makes the project file sensitive and follows the record into every table and export; keep it only when it is really needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N %1  E %2 (SWEREF 99 TM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the interval is before its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time is in the future.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>under %1 (not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (peak %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot spot 99 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot spot 95 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot spot 90 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold spot 90 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold spot 95 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold spot 99 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increase beyond chance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increase within chance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrease within chance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrease beyond chance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutFlow</name>
    <message>
        <source>Could not write %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1. Check that the folder exists, that you may write there and that the file is not open in another program.</source>
        <translation type="unfinished">Could not write %1. Check that the folder exists, that you may write there and that the file is not open in another program.</translation>
    </message>
    <message>
        <source>Printing was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was not enough memory to print %1.</source>
        <translation type="unfinished"></translation>
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
    <message numerus="yes">
        <source>%n incident(s) lie far outside the municipality and are left out of the heatmap and the statistics (fid %1). Check their coordinates.</source>
        <translation>
            <numerusform>%n incident lies far outside the municipality and is left out of the heatmap and the statistics (fid %1). Check its coordinates.</numerusform>
            <numerusform>%n incidents lie far outside the municipality and are left out of the heatmap and the statistics (fid %1). Check their coordinates.</numerusform>
        </translation>
    </message>
    <message>
        <source>Heatmap (%1, with safety-walk observations weighted 3 − rating)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open Project</source>
        <translation>Open Project</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
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
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stored Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Walks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Monday lägesbild, importing, categories, analyses, printing, walks, actions and the citizen promise, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open shared project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy of a shared project) – Tryggkarta</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapController</name>
    <message>
        <source>Zoom to Layer</source>
        <translation>Zoom to Layer</translation>
    </message>
    <message>
        <source>Example municipality (synthetic data)</source>
        <translation>Example municipality (synthetic data)</translation>
    </message>
    <message>
        <source>Add Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not added. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Full</source>
        <translation>Zoom Full</translation>
    </message>
    <message>
        <source>Show Scale Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Layer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show your own map data with the project: a file, a WMS/WMTS service or tiles (not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Layers</translation>
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
        <source>Positive places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer of positive places could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapSheet</name>
    <message>
        <source>Events per cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events per km² (smoothed from cells)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events per km² for the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot spots (Gi*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapStateStore</name>
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
        <source>Restore the Map?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryggkarta ended without closing %1 the last time. The map as it was at %2 (view, filter and layers) was saved automatically but not in the project. Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Map?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map of %1 (view, filter, layers and styles) has changed since it was saved. Save it in the project? The data itself (imports, edits, analyses) is already saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>MapTools</name>
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
        <source>Measure Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure a distance on the ground: click the points, double-click to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure an area on the ground: click its corners, double-click to finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureTool</name>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance: –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last segment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area: –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perimeter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click on the map to start measuring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to start a new measurement, Esc clears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to add points; double-click or right-click to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backspace removes the last point, Esc clears.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MultiActionDialog</name>
    <message numerus="yes">
        <source>Change %n Action(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Only the ticked fields change, in every selected action. Undo (Ctrl+Z) puts them all back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: no deadline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what is to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write dates as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MultiEditForm</name>
    <message numerus="yes">
        <source>Edit %n Incident(s)</source>
        <translation>
            <numerusform>Edit %n Incident</numerusform>
            <numerusform>Edit %n Incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick the fields to set on all %n selected incident(s). Fields left unticked keep each incident&apos;s own value.</source>
        <translation>
            <numerusform>Tick the fields to set on the %n selected incident. Fields left unticked keep its own value.</numerusform>
            <numerusform>Tick the fields to set on all %n selected incidents. Fields left unticked keep each incident&apos;s own value.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected observation(s) are not changed.</source>
        <translation>
            <numerusform>%n selected observation is not changed.</numerusform>
            <numerusform>%n selected observations are not changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count or &amp;severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one field to change, or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the category to set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCategoryDialog</name>
    <message>
        <source>New Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the Swedish name is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code the project and its files use: a–z, 0–9 and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished">Group</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Code</translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of the Category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObservationForm</name>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the walk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety &amp;walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what it is about…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A problem: the place feels unsafe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A good place: it feels safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not rated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 – very poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 – poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 – fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 – good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observed</translation>
    </message>
    <message>
        <source>What makes the place feel safe or unsafe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should be done, e.g. prune the bushes, repair the lamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed a&amp;ction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Safety-Walk Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Safety-Walk Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no walk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no safety walks yet: import the walk first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the safety walk the observation was made on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the checklist item the observation is about.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenSharedDialog</name>
    <message>
        <source>Open shared project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EST group&apos;s shared PostgreSQL database. Give a service from pg_service.conf, or the server, its database and your login. You work in an offline copy on this computer; it is synchronised with the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. est (from pg_service.conf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in QGIS&apos;s authentication database (or in ~/.pgpass or the service file), never in the project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryggkarta project (*.gpkg)</source>
        <translation type="unfinished">Tryggkarta project (*.gpkg)</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>&amp;Print Map…</source>
        <translation>&amp;Print Map…</translation>
    </message>
    <message>
        <source>Print the map as it is shown, with the filter and the heatmap, to a PDF</source>
        <translation>Print the map as it is shown, with the filter and the heatmap, to a PDF</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>No project is open.</translation>
    </message>
    <message>
        <source>Print Map</source>
        <translation>Print Map</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printed to %1</source>
        <translation>Printed to %1</translation>
    </message>
    <message>
        <source>%1 made for: %2 The map&apos;s filter: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the map was made for another selection than the filter&apos;s. Print it with its own period in the title, or compute it again for the filter (for this print; the stored result stays as it is)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print With Its Own Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute Again for the Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the Print &amp;Templates in the Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the four print templates to the project&apos;s layouts, so they can be edited in QGIS Desktop (Project → Layouts) once the map is saved; the edited versions are used from then on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has all the print templates already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1. Save the map to keep them.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintMapDialog</name>
    <message>
        <source>Print Map</source>
        <translation>Print Map</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>Print to PDF…</translation>
    </message>
    <message>
        <source>%1 (the project&apos;s version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For publishing outside the EST group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregated to cells, counts below the project&apos;s smallest published count hidden, no points, no free text; the heatmap&apos;s radius is not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the printed sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintTemplates</name>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrioritiesPanel</name>
    <message>
        <source>Period</source>
        <translation type="unfinished">Period</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Area</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing acts on this priority yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priorities: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriorityForm</name>
    <message>
        <source>Priority %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(own dates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished">Period</translation>
    </message>
    <message>
        <source>e.g. T3 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no rank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose an area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Area</translation>
    </message>
    <message>
        <source>The problem in words: what, where, when (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories (none: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished">Value</translation>
    </message>
    <message>
        <source>Fill in the Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area&apos;s events in the period against the previous period and a year before, and its rank among the areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it happens here: place, situation, environment (never persons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Describe the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the area.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;New Project…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Open Project…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Exempelkommun, a made-up town with synthetic events</source>
        <translation type="unfinished"></translation>
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
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the project, its data and the map, as a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is running. Wait for it to finish or cancel it before opening another project.</source>
        <translation>An import is running. Wait for it to finish or cancel it before opening another project.</translation>
    </message>
    <message>
        <source>An analysis of the open project did not stop. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project was updated to the current file format; the original was saved as %1.</source>
        <translation>The project was updated to the current file format; the original was saved as %1.</translation>
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
        <source>An analysis is running and will store its result in %1. Save As when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read to copy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Open Project</translation>
    </message>
    <message>
        <source>Creating the demo project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Demo</source>
        <translation type="unfinished"></translation>
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
        <source>Save Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the project as %1: %2
Nothing changed: the project open is still %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project Open Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in Tryggkarta by %2 since %3. If it is still open there, close it there first: two computers writing the same file can lose each other&apos;s changes.

If that computer crashed or was switched off with the project open, the lock it left can be broken. Break the lock and open the project here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another project is being opened. Wait for it, or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the check of the project file was cancelled.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street or place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event id in its source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision given (by the file or by hand)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectLock</name>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryggkarta ended without closing %1 (process %2 on this computer, open since %3); its lock was taken over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the computer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the computer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in Tryggkarta by %2 (process %3) since %4. Close it there first: two windows writing the same project file could overwrite each other&apos;s changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectRecovery</name>
    <message>
        <source>&amp;Recover Data From a Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every row that can still be read from a damaged project into a new project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Data copies every row that can still be read into a new project and tells what could not be read. The damaged file is only read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovering %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Recover Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was recovered into %2; the damaged file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) copied</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n could not be read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n refused by the new project</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Recover Data From a Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryggkarta project (*.gpkg);;All files (*)</source>
        <translation type="unfinished">Tryggkarta project (*.gpkg);;All files (*)</translation>
    </message>
    <message>
        <source>Save the Recovered Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryggkarta project (*.gpkg)</source>
        <translation type="unfinished">Tryggkarta project (*.gpkg)</translation>
    </message>
    <message>
        <source>Choose a new file for the recovered project: %1 is the damaged project or the project that is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the new project now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the project file for damage before writing to it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the Project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromisesDialog</name>
    <message>
        <source>Citizen promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a role, e.g. lokalpolisområdeschef (never a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a role, e.g. kommunstyrelsens ordförande (never a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Title</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed for the police by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed for the municipality by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds on the lägesbild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Kind</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Done</translation>
    </message>
    <message>
        <source>Add activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a walk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link an action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise and activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public variant (plain Swedish, no internal notes, small counts hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation type="unfinished">Print to PDF…</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the promise first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no citizen promise for %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked walks and actions done, of the number promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once (not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Area</translation>
    </message>
    <message>
        <source>Description (public)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an activity first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no safety walks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety walk</source>
        <translation type="unfinished">Safety walk</translation>
    </message>
    <message>
        <source>Action or intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medborgarlofte-%1%2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished">PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an incident or observation to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations are edited one at a time: select one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected record(s)? Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>Delete the %n selected record? Undo (Ctrl+Z) brings it back.</numerusform>
            <numerusform>Delete the %n selected records? Undo (Ctrl+Z) brings them back.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project cannot be edited now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change %n Incident(s)</source>
        <translation>
            <numerusform>Change %n Incident</numerusform>
            <numerusform>Change %n Incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n Record(s)</source>
        <translation>
            <numerusform>Move %n Record</numerusform>
            <numerusform>Move %n Records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Record(s)</source>
        <translation>
            <numerusform>Delete %n Record</numerusform>
            <numerusform>Delete %n Records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted. Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>%n record deleted. Undo (Ctrl+Z) brings it back.</numerusform>
            <numerusform>%n records deleted. Undo (Ctrl+Z) brings them back.</numerusform>
        </translation>
    </message>
    <message>
        <source>This step cannot be undone or redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordWalkDialog</name>
    <message>
        <source>Record the Walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light when recorded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts from photos, to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n photo(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The walk has no stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan its stops first (the Stops tab of the walk, or Suggest a Route).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also recorded here (edit on the map): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 – very poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 – poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 – fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 – good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A good place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the proposed action a real action (status proposed) in the action list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed action</source>
        <translation type="unfinished">Proposed action</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project cannot be edited now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Stop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action no. %1 was made from the proposed action (status: proposed). It is followed up in the project&apos;s action list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a proposed action for %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the proposed action should be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>0 to %1 events per hour of the week (intervals spread over their hours)%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situational picture %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events were reported in %2 (%3), against %4 in the previous period and %5 in the same period last year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change stands out: no category or area changed more than chance would explain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas with the most events: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. The mapping of crime and insecurity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories, aggregated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories: heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished">Category</translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished">Now</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished">Change</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in the rate of events; * marks a change larger than chance explains (exact Poisson test, false discovery rate %1 % over the table)%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per ISO week; the dark bars are the report&apos;s period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished">Areas</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Area</translation>
    </message>
    <message>
        <source>Per km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n events lie in no area.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reporting per organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maps per category group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Other relevant information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety walks</source>
        <translation type="unfinished">Safety walks</translation>
    </message>
    <message>
        <source>No safety walk was held in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished">Light</translation>
    </message>
    <message>
        <source>Unsafe / good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found most often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordinator&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are not published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Hot cells: %2 at 99 %, %3 at 95 %, %4 at 90 %; cold cells: %5, %6, %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot spots lie in: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot spots (Gi*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hot-spot analysis: too few events in the period (see the limits below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 clusters with %3 events in all%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the largest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cluster analysis for the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources and their limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1. Data extracted %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: the folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data extracted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Tryggkarta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A situational picture under the Act on municipalities&apos; responsibility for crime prevention (2023:196), 4 §: a mapping of crime and insecurity, its extent and consequences, other relevant information and an analysis, followed by the follow-up of actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot spots are not published: the aggregated maps show where events gather.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events of these categories in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; hatched: not published (fewer than %1 events, or hidden so that none can be worked out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; &lt;%1: fewer than %1 events, not shown; x: hidden so that no smaller count can be worked out from the sums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions are recorded in the project yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished">Period</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem and goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions and their evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No intervention (insats) is recorded in the project for the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No citizen promise (medborgarlöfte) is recorded in the project for the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished">Planned</translation>
    </message>
    <message>
        <source>Carried out by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportingPanel</name>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished">No project is open.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected to report every week (untick to change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not expected to report every week (tick to expect it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks %1 – %2 (reports by the day they entered the project).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation is expected to report every week: tick those that should.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n expected organisation(s) reported neither this week nor last.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Who has reported?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading who has reported…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read live from the shared database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of the last synchronisation: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultLayers</name>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>z-score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p-value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class after FDR correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commonest categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Change (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beyond chance (after FDR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result %1 has no tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QGIS cannot open the heatmap %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster outlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents in clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a table, not a map: export it to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QGIS cannot open the table %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results are stored in the project yet. Run an analysis from the Analysis menu; its result is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;i&gt;Incidents:&lt;/i&gt; %2&lt;br&gt;&lt;i&gt;Method:&lt;/i&gt; %3&lt;br&gt;&lt;i&gt;Made:&lt;/i&gt; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no result called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>No project is open.</translation>
    </message>
    <message>
        <source>%1 was removed from the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was exported to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the project? Its layers leave the map and its tables leave the project file; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoTIFF (*.tif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg);;CSV (*.csv);;GeoJSON (*.geojson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenedTextEdit</name>
    <message>
        <source>personal identity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>car registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Personal data: %1. It is kept as written and the record is flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Personal data: %1. It is replaced by a placeholder when you save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedController</name>
    <message>
        <source>Open &amp;shared project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the EST group&apos;s shared database and work in its offline copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ynchronise with the shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation &amp;conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open shared project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A synchronisation is under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is running. Wait for it to finish or cancel it before opening another project.</source>
        <translation type="unfinished">An import is running. Wait for it to finish or cancel it before opening another project.</translation>
    </message>
    <message>
        <source>The open project is not a copy of a shared project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is running: the synchronisation waits until it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronising with the shared database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The synchronisation was cancelled; what was finished is kept on both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The synchronisation did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronised: %1 rows in, %2 out, %3 conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synchronised %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Police-restrict the selected records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the police and the coordinator will read them; the other organisations&apos; copies lose them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lift the police restriction of the selected records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the incidents or observations first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Police-restrict %n record(s)? Only the police and the coordinator will read them; the other organisations&apos; copies lose them at their next synchronisation.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A record could not be sent to the shared database; synchronise and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) police-restricted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The police restriction of %n record(s) is lifted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Writing to the shared database…</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Without a point as their place (only the municipality, county or an area), in no area: %1 now, %2 before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a point as their place (only the municipality, county or an area), in no area: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <source>Change the Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 becomes &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took effect on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the action is not taken (required, published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Reason</translation>
    </message>
    <message>
        <source>What was done (required when it was never decided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreLoading</name>
    <message>
        <source>Reading the incidents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished">Open Project</translation>
    </message>
</context>
<context>
    <name>SuggestRouteDialog</name>
    <message>
        <source>Suggest a Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A walk through the places the lägesbild points at in the area (where incidents gather, hot spots, insecure places, problems found on earlier walks), along the streets, within the length and number of stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick on the Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Why here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the route for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selected walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selected walk &quot;%1&quot; (its route and stops are replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E %1, N %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen by the suggestion (a square or bus stop near the first place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no areas: a route is suggested within an area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the places and the route…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s), %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> along the streets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in straight lines (the project has no street layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, from %1</source>
        <translation type="unfinished"></translation>
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
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User Guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserLayers</name>
    <message>
        <source>My layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs internet: the map images come from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 for the layer %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: layers of the kind &quot;%2&quot; cannot be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read as a map layer%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not say which coordinate system it is in, so %2 is assumed. If it lands in the wrong place, remove it and add it again with its coordinate system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lies outside the municipality&apos;s map. Check that its coordinate system (%2) is the one it was made in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reprojected from %2 to the map&apos;s coordinate system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused access (HTTP %2): check the API key or the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not know the address (HTTP 404): check the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with an error (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 could not be found: is the computer connected to the internet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 did not answer within %n second.</numerusform>
            <numerusform>%1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no network connection (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered, but the layer could not be loaded%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs internet. %1 The layer stays in the map and is drawn when the service can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not shown: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs internet. %1 The layer is kept in the project and loaded the next time it is opened with a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered, but the layer could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs internet: connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2 is missing or unreadable. Put the file back and open the project again, or remove the layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Layer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VocabularyController</name>
    <message>
        <source>Categories and &amp;Crosswalks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, rename, recolour, hide and merge categories; edit the crosswalks that read other sources&apos; values as the project&apos;s categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The categories can be changed only in a project open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message>
        <source>Categories and Crosswalks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished">Categories</translation>
    </message>
    <message>
        <source>Crosswalks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkEditor</name>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished">No project is open.</translation>
    </message>
    <message>
        <source>This step cannot be undone or redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project cannot be edited now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Safety Walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Safety Walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Safety Walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stop is no longer on the walk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Stop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Stop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route of the Walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan Repeat Walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested Route</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkForm</name>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dusk and dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daylight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dusk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The walk has a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The walk has a start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the bus stop at the square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this walk: what residents asked about, what the lägesbild shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisations invited and, after the walk, how many of each took part (a number, never names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Save</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many took part (after the walk); empty while planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkImport</name>
    <message>
        <source>the track is the walk&apos;s route</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n draft observation(s) to confirm</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) to place on the map</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new stop(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored before</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the walk&apos;s route, %2 points, %3 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waypoint %1 %2: draft observation at stop %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waypoint %1 %2: not imported: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: draft observation at stop %2, placed %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by its GPS position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the track by its time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stored, to be placed on the map (Place a Photo…): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped, stored for this walk before as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkImportDialog</name>
    <message>
        <source>Import Photos and GPS Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into the walk &lt;b&gt;%1&lt;/b&gt;. Photos with a GPS position are placed where they were taken, the others on the track by their time; each becomes a draft observation at the nearest stop (a new stop when none is near), to confirm in Record. Photos that cannot be placed are kept for you to place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (JPEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPS track (GPX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: photos are placed by their GPS position only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the track as the walk&apos;s route (replaces the route)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import its waypoints as draft observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to add to the camera&apos;s clock to get the true time (the camera ran 90 s slow: 90). Used to place photos without a GPS position on the track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera clock correction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished">Import</translation>
    </message>
    <message>
        <source>Photos from the Walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.JPG *.JPEG);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPS Track of the Walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPX files (*.gpx *.GPX);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos, or choose a track and what to take from it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkKitPdf</name>
    <message>
        <source>Printing was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished">Light</translation>
    </message>
    <message>
        <source>Meeting point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Area</translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not drawn yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="unfinished">Organiser</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events at the stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported within %1 m of each stop, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale 1:%1, north up; dashed circle: %2 m around the stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Around the stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events reported within %1 m, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) reported within %1 m, %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Most often: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier walks here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier walk recorded anything within %1 m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the earlier protocols).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (good)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark 0–3 for each item (0 very unsafe or poor … 3 safe or good) and write what you see on the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed action</source>
        <translation type="unfinished">Proposed action</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deadline %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety walk</source>
        <translation type="unfinished">Safety walk</translation>
    </message>
    <message>
        <source>Safety walk: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkLayers</name>
    <message>
        <source>Stops of the walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested stops</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkMapLayers</name>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within %1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1, 2, 3 …: the stops in their order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>green ring: the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashed circle: %1 m around the stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale 1:%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkProtocolPdf</name>
    <message>
        <source>(no item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n in all</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished">Light</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Area</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="unfinished">Organiser</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished">Participants</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them draft(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No observations have been recorded for this walk yet. The protocol fills in once the walk has been made and what it found is entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found most often: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The walk recorded no problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop %1 %2 (mean %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated worst: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions have been made from the walk&apos;s proposals yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) so far: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rows in grey italics are drafts (from photos or a phone&apos;s waypoints) that nobody has confirmed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good/problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>Proposed action</source>
        <translation type="unfinished">Proposed action</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then and now: stop %1 on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished">Now</translation>
    </message>
    <message>
        <source>Done in between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded at this stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations at no stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes with the overall feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few stops have both an item and the overall feeling rated to tell what goes with the feeling (at least three are needed per item).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item goes clearly with the overall feeling yet: the strongest is %1 (rho %2 over %3 stops).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes most with the overall feeling is %1 (rho %2 over %3 stops on %4 walks): where it is rated better, the place feels safer. Acting on it is likely to matter most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spearman&apos;s rank correlation of each item&apos;s rating with the overall feeling at the same stop, over all the project&apos;s walks. Few stops give uncertain figures: read them as pointers, not proof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkStopsPanel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Why here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a name or reason to change it. The numbers follow the order of the rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the stop one place earlier on the route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the stop one place later on the route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the stop (its observations stay, without a stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add on the Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the map where the new stop is; drag a stop on the map to move it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Around the stop&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>last %n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a stop to see what happened around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) within %1 m in the last %2 months</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No earlier walk recorded anything here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier walks here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within %1 m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalksController</name>
    <message>
        <source>Safety Walks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Stop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason of Stop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder Stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Stop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the map where the new stop is. Drag a stop to move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the route was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a new safety walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggest a Route…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest a route and stops in an area from the lägesbild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draw the Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the selected walk&apos;s route: click its points (they snap to the streets), double-click or Enter to finish, Esc to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the route&apos;s points; double-click or Enter finishes, Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move and Add S&amp;tops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a stop of the selected walk to move it; click the map to add one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat the Walk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a repeat of the selected walk on the same route with the same stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cord…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter what the walk found, stop by stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete the Walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the Walk Kit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map, the stops with what happened around them, and the checklist, as a PDF for the walkers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the Protocol…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety &amp;Walks Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The walk has no stops yet: suggest a route, or add stops on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a stop to see what happened around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to %1 were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New safety walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the walk &quot;%1&quot; and its stops? Its observations stay, without the walk. Undo (Ctrl+Z) brings the walk back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the Walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The walk was deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the Walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (repeat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <source>The new walk is planned on the same route with the same stops; its protocol compares the ratings then and now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route was saved. Undo (Ctrl+Z) takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop added: give it a name in the panel. Undo (Ctrl+Z) takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the walk&apos;s start on the map (Esc: no start point).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety walk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The suggested route and its %n stop(s) are in the walk. Undo (Ctrl+Z) takes them back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the proposed action a real action (status proposed) in the action list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a walk first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished">PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the Walk Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo was not placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Photos and GPS Track…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos from the walk (placed by their GPS position or on the track by their time) and the phone&apos;s GPS track, as drafts to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place a Photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place a photo of the walk that had no position: click where it was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n photo(s) stay in the project without the walk (undo gives them back).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import Photos and GPS Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the photos without a position with Place a Photo…, and confirm the drafts in Record….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project cannot be edited now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the walk&apos;s photos and track…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported into the walk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place a Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every photo of this walk has its place. Import photos with Import Photos and GPS Track….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos without a position. Choose one, then click where it was taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click where %1 was taken (Esc: cancel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The point could not be converted to the project&apos;s coordinate system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo is a draft observation at the new stop %1; confirm it in Record….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo is a draft observation at stop %1; confirm it in Record….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the step under way was not written. Written before it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalksPanel</name>
    <message>
        <source>Walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations recorded on the walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>The situational picture, safety walks and hot spots for the EST group&apos;s work: open a project to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempelkommun: a made-up town with two years of synthetic events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty project file for your municipality (SWEREF 99 TM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Tryggkarta project file (.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkerProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
</context>
</TS>
