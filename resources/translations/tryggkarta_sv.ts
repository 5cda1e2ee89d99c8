<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>ActionEditor</name>
    <message>
        <source>The project cannot be edited now.</source>
        <translation>Projektet kan inte redigeras just nu.</translation>
    </message>
    <message>
        <source>The actions could not be saved: %1</source>
        <translation>Åtgärderna kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>New Action &quot;%1&quot;</source>
        <translation>Ny åtgärd &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit Action &quot;%1&quot;</source>
        <translation>Redigera åtgärd &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Change the Status of %n Action(s)</source>
        <translation>
            <numerusform>Ändra status för %n åtgärd</numerusform>
            <numerusform>Ändra status för %n åtgärder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Action(s)</source>
        <translation>
            <numerusform>Ta bort %n åtgärd</numerusform>
            <numerusform>Ta bort %n åtgärder</numerusform>
        </translation>
    </message>
    <message>
        <source>undo</source>
        <translation>ångra</translation>
    </message>
    <message>
        <source>New Priority &quot;%1&quot;</source>
        <translation>Ny prioritering &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit Priority &quot;%1&quot;</source>
        <translation>Redigera prioritering &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Delete Priority &quot;%1&quot;</source>
        <translation>Ta bort prioritering &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Åtgärd %1</translation>
    </message>
    <message>
        <source>New Action</source>
        <translation>Ny åtgärd</translation>
    </message>
    <message>
        <source>What is to be done (required)</source>
        <translation>Vad som ska göras (obligatoriskt)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>An intervention (insats) is an action of any kind but &quot;Action&quot;: it has an area and a period, and can be evaluated.</source>
        <translation>En insats är en åtgärd av vilken typ som helst utom &quot;Åtgärd&quot;: den har ett område och en period och kan utvärderas.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>(no priority)</source>
        <translation>(ingen prioritering)</translation>
    </message>
    <message>
        <source>Priority (problem)</source>
        <translation>Prioritering (problem)</translation>
    </message>
    <message>
        <source>(no area)</source>
        <translation>(inget område)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>observation %1</source>
        <translation>observation %1</translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation>händelse %1</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>kluster %1</translation>
    </message>
    <message>
        <source>place %1, %2</source>
        <translation>plats %1, %2</translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>inget annat</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Kopplad till</translation>
    </message>
    <message>
        <source>Responsible organisation</source>
        <translation>Ansvarig organisation</translation>
    </message>
    <message>
        <source>e.g. area police officer, property manager</source>
        <translation>t.ex. områdespolis, fastighetsförvaltare</translation>
    </message>
    <message>
        <source>The contact&apos;s role in the organisation. Never a person&apos;s name: the action list is shown to the EST group and may be published.</source>
        <translation>Kontaktpersonens roll i organisationen. Aldrig en persons namn: åtgärdslistan visas för EST-gruppen och kan publiceras.</translation>
    </message>
    <message>
        <source>Contact role (a role, never a name)</source>
        <translation>Kontaktroll (en roll, aldrig ett namn)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Sista datum</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(okänd)</translation>
    </message>
    <message>
        <source> SEK</source>
        <translation> kr</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Beslutad den</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Klar den</translation>
    </message>
    <message>
        <source>Required for a rejected action: it is published with the protocol</source>
        <translation>Krävs för en avslagen åtgärd: skälet publiceras med protokollet</translation>
    </message>
    <message>
        <source>Reason for rejection</source>
        <translation>Skäl till avslag</translation>
    </message>
    <message>
        <source>Written to the status history with a changed status</source>
        <translation>Skrivs in i statushistoriken när statusen ändras</translation>
    </message>
    <message>
        <source>Note on the status change</source>
        <translation>Anteckning om statusändringen</translation>
    </message>
    <message>
        <source>Intervention from</source>
        <translation>Insatsen från</translation>
    </message>
    <message>
        <source>Intervention until</source>
        <translation>Insatsen till och med</translation>
    </message>
    <message>
        <source>Internal: for the EST group only, left out of public exports.</source>
        <translation>Intern: bara för EST-gruppen, utelämnas i publika exporter.</translation>
    </message>
    <message>
        <source>Internal note (not published)</source>
        <translation>Intern anteckning (publiceras inte)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write dates as YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; är inte ett datum: skriv datum som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>Write what is to be done.</source>
        <translation>Skriv vad som ska göras.</translation>
    </message>
</context>
<context>
    <name>ActionLayers</name>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Prioriteringar</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>ActionListModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (försenad)</translation>
    </message>
    <message>
        <source>Overdue: the deadline %1 has passed and the action is neither done nor rejected.</source>
        <translation>Försenad: sista datumet %1 har passerat och åtgärden är varken klar eller avslagen.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Sista datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Kopplad till</translation>
    </message>
</context>
<context>
    <name>ActionStepCommand</name>
    <message>
        <source>Undone</source>
        <translation>Ångrad</translation>
    </message>
</context>
<context>
    <name>ActionText</name>
    <message>
        <source>Proposed</source>
        <translation>Föreslagen</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslutad</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avslagen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Police patrols</source>
        <translation>Polispatrullering</translation>
    </message>
    <message>
        <source>Guards</source>
        <translation>Väktare</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>Belysning</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Städning</translation>
    </message>
    <message>
        <source>Pruning</source>
        <translation>Beskärning av växtlighet</translation>
    </message>
    <message>
        <source>Youth workers</source>
        <translation>Fältassistenter</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Kamerabevakning</translation>
    </message>
    <message>
        <source>Other intervention</source>
        <translation>Annan insats</translation>
    </message>
    <message>
        <source>1 (high)</source>
        <translation>1 (hög)</translation>
    </message>
    <message>
        <source>3 (low)</source>
        <translation>3 (låg)</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Prioritering: %1</translation>
    </message>
    <message>
        <source>Observation %1</source>
        <translation>Observation %1</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Händelse %1</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>Kluster %1</translation>
    </message>
</context>
<context>
    <name>ActionsController</name>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Prioriteringar</translation>
    </message>
    <message>
        <source>Monday List</source>
        <translation>Måndagslistan</translation>
    </message>
    <message>
        <source>Make an Action of an Observation</source>
        <translation>Gör en åtgärd av en observation</translation>
    </message>
    <message>
        <source>&amp;New Action…</source>
        <translation>&amp;Ny åtgärd…</translation>
    </message>
    <message>
        <source>New Action from the &amp;Map Selection…</source>
        <translation>Ny åtgärd från &amp;kartmarkeringen…</translation>
    </message>
    <message>
        <source>An action at the centre of the incidents selected on the map, in the area it lies in</source>
        <translation>En åtgärd i mitten av de händelser som är markerade på kartan, i det område där den ligger</translation>
    </message>
    <message>
        <source>&amp;Edit Action…</source>
        <translation>&amp;Redigera åtgärd…</translation>
    </message>
    <message>
        <source>Change &amp;Status</source>
        <translation>Ändra &amp;status</translation>
    </message>
    <message>
        <source>Change the Selected &amp;Actions…</source>
        <translation>Ändra de &amp;markerade åtgärderna…</translation>
    </message>
    <message>
        <source>The responsible organisation or deadline of every selected action at once</source>
        <translation>Ansvarig organisation eller sista datum för alla markerade åtgärder på en gång</translation>
    </message>
    <message>
        <source>&amp;Delete Actions</source>
        <translation>Ta &amp;bort åtgärder</translation>
    </message>
    <message>
        <source>New &amp;Priority…</source>
        <translation>Ny &amp;prioritering…</translation>
    </message>
    <message>
        <source>Edit Priority…</source>
        <translation>Redigera prioritering…</translation>
    </message>
    <message>
        <source>New Action for this Priority…</source>
        <translation>Ny åtgärd för den här prioriteringen…</translation>
    </message>
    <message>
        <source>Delete Priority</source>
        <translation>Ta bort prioritering</translation>
    </message>
    <message>
        <source>Delete the Priority</source>
        <translation>Ta bort prioriteringen</translation>
    </message>
    <message>
        <source>Delete the selected priority? Its actions stay, without it. Undo (Ctrl+Z) brings it back.</source>
        <translation>Ta bort den markerade prioriteringen? Dess åtgärder finns kvar, utan prioritering. Ångra (Ctrl+Z) tar tillbaka den.</translation>
    </message>
    <message>
        <source>&amp;Citizen Promise…</source>
        <translation>Medborgar&amp;löfte…</translation>
    </message>
    <message>
        <source>The year&apos;s medborgarlöfte: the promised activities, what was done, and the yearly follow-up</source>
        <translation>Årets medborgarlöfte: de utlovade aktiviteterna, vad som har gjorts och den årliga uppföljningen</translation>
    </message>
    <message>
        <source>E&amp;valuate the Intervention…</source>
        <translation>&amp;Utvärdera insatsen…</translation>
    </message>
    <message>
        <source>Compare the events before and after the intervention with a comparison area</source>
        <translation>Jämför händelserna före och efter insatsen med ett jämförelseområde</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <source>CSV (internal)…</source>
        <translation>CSV (intern)…</translation>
    </message>
    <message>
        <source>Excel XLSX (internal)…</source>
        <translation>Excel XLSX (intern)…</translation>
    </message>
    <message>
        <source>CSV (public: no notes, costs or contacts)…</source>
        <translation>CSV (publik: utan anteckningar, kostnader och kontakter)…</translation>
    </message>
    <message>
        <source>Excel XLSX (public)…</source>
        <translation>Excel XLSX (publik)…</translation>
    </message>
    <message>
        <source>E&amp;xport the List</source>
        <translation>&amp;Exportera listan</translation>
    </message>
    <message>
        <source>&amp;Actions Panel</source>
        <translation>Åt&amp;gärdspanel</translation>
    </message>
    <message>
        <source>Monday List (%1)</source>
        <translation>Måndagslistan (%1)</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Select incidents on the map first (the select tool, Ctrl+Alt+S).</source>
        <translation>Markera först händelser på kartan (markeringsverktyget, Ctrl+Alt+S).</translation>
    </message>
    <message numerus="yes">
        <source>From %n incident(s) selected on the map.</source>
        <translation>
            <numerusform>Från %n händelse som är markerad på kartan.</numerusform>
            <numerusform>Från %n händelser som är markerade på kartan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The status was changed. Undo (Ctrl+Z) takes it back.</source>
        <translation>Statusen ändrades. Ångra (Ctrl+Z) tar tillbaka ändringen.</translation>
    </message>
    <message numerus="yes">
        <source>Change %n Action(s)</source>
        <translation>
            <numerusform>Ändra %n åtgärd</numerusform>
            <numerusform>Ändra %n åtgärder</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Actions</source>
        <translation>Ta bort åtgärder</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n action(s) with their status history? Undo (Ctrl+Z) brings the actions back, without their history.</source>
        <translation>
            <numerusform>Ta bort %n åtgärd med dess statushistorik? Ångra (Ctrl+Z) tar tillbaka åtgärden, utan historiken.</numerusform>
            <numerusform>Ta bort %n åtgärder med deras statushistorik? Ångra (Ctrl+Z) tar tillbaka åtgärderna, utan historiken.</numerusform>
        </translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Inget projekt är öppet.</translation>
    </message>
    <message>
        <source>all actions</source>
        <translation>alla åtgärder</translation>
    </message>
    <message>
        <source>actions-public</source>
        <translation>atgarder-publik</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>atgarder</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the Action List</source>
        <translation>Exportera åtgärdslistan</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n action(s) to %1</source>
        <translation>
            <numerusform>Skrev %n åtgärd till %1</numerusform>
            <numerusform>Skrev %n åtgärder till %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Open (not done or rejected)</source>
        <translation>Öppna (inte klara eller avslagna)</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alla organisationer</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Alla prioriteter</translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation>Prioritet %1</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alla områden</translation>
    </message>
    <message>
        <source>Actions and interventions</source>
        <translation>Åtgärder och insatser</translation>
    </message>
    <message>
        <source>Interventions only</source>
        <translation>Bara insatser</translation>
    </message>
    <message>
        <source>Ordinary actions only</source>
        <translation>Bara vanliga åtgärder</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Bara försenade</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statushistorik</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrerad</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n åtgärd</numerusform>
            <numerusform>%n åtgärder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n försenad</numerusform>
            <numerusform>%n försenade</numerusform>
        </translation>
    </message>
    <message>
        <source>Status history: %1</source>
        <translation>Statushistorik: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>AddLayerDialog</name>
    <message>
        <source>needs internet</source>
        <translation>kräver internet</translation>
    </message>
    <message>
        <source>The answer is not a capabilities document (%1, line %2).</source>
        <translation>Svaret är inget capabilities-dokument (%1, rad %2).</translation>
    </message>
    <message>
        <source>The service lists no layers.</source>
        <translation>Tjänsten listar inga lager.</translation>
    </message>
    <message>
        <source>Add Layer</source>
        <translation>Lägg till lager</translation>
    </message>
    <message>
        <source>Show your own map data with the project: files, web map services or tiles. They are shown in &lt;b&gt;My layers&lt;/b&gt; and are not imported into the project.</source>
        <translation>Visa egna kartdata tillsammans med projektet: filer, webbkarttjänster eller kartplattor. De visas under &lt;b&gt;Egna lager&lt;/b&gt; och importeras inte till projektet.</translation>
    </message>
    <message>
        <source>Ready-made maps</source>
        <translation>Färdiga kartor</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>WMS/WMTS</source>
        <translation>WMS/WMTS</translation>
    </message>
    <message>
        <source>XYZ tiles</source>
        <translation>XYZ-plattor</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>OpenStreetMap (%1)</source>
        <translation>OpenStreetMap (%1)</translation>
    </message>
    <message>
        <source>Lantmäteriet: Topografisk webbkarta (%1, API key)</source>
        <translation>Lantmäteriet: Topografisk webbkarta (%1, API-nyckel)</translation>
    </message>
    <message>
        <source>Your API key from Lantmäteriet</source>
        <translation>Din API-nyckel från Lantmäteriet</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-nyckel</translation>
    </message>
    <message>
        <source>Muted colours (nedtonad), so the situational picture stands out</source>
        <translation>Nedtonade färger, så att lägesbilden syns tydligt</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Needs internet.&lt;/b&gt; Without a connection the layer stays empty and is marked in the layer tree; the rest of the map works as before.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kräver internet.&lt;/b&gt; Utan uppkoppling förblir lagret tomt och markeras i lagerlistan; resten av kartan fungerar som vanligt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Topografisk webbkarta&lt;/b&gt; is Lantmäteriet&apos;s topographic map of Sweden, open data (CC BY 4.0), served in SWEREF 99 TM.&lt;/p&gt;&lt;p&gt;Lantmäteriet gives it only with a personal API key: order &lt;i&gt;Topografisk webbkarta Visning, CCBY&lt;/i&gt; (free of charge) at &lt;a href=&quot;https://www.lantmateriet.se/&quot;&gt;lantmateriet.se&lt;/a&gt; and paste the key below. The key is saved in the project file together with the layer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Topografisk webbkarta&lt;/b&gt; är Lantmäteriets topografiska karta över Sverige, öppna data (CC BY 4.0), i SWEREF 99 TM.&lt;/p&gt;&lt;p&gt;Lantmäteriet lämnar ut den bara med en personlig API-nyckel: beställ &lt;i&gt;Topografisk webbkarta Visning, CCBY&lt;/i&gt; (kostnadsfri) på &lt;a href=&quot;https://www.lantmateriet.se/&quot;&gt;lantmateriet.se&lt;/a&gt; och klistra in nyckeln nedan. Nyckeln sparas i projektfilen tillsammans med lagret.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;OpenStreetMap&lt;/b&gt;: the standard street map of the OpenStreetMap project, drawn by volunteers. The map shows the credit &lt;i&gt;© OpenStreetMap contributors&lt;/i&gt;, as its licence requires.&lt;/p&gt;&lt;p&gt;The tiles are in Web Mercator and are reprojected to the project&apos;s coordinate system, so text on them may look slightly stretched.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;OpenStreetMap&lt;/b&gt;: OpenStreetMap-projektets vanliga gatukarta, ritad av frivilliga. Kartan visar upphovsangivelsen &lt;i&gt;© OpenStreetMap contributors&lt;/i&gt;, som licensen kräver.&lt;/p&gt;&lt;p&gt;Kartplattorna är i Web Mercator och projiceras om till projektets koordinatsystem, så text på dem kan se något utdragen ut.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>GeoPackage, Shapefile, GeoJSON, GeoTIFF, …</source>
        <translation>GeoPackage, Shapefile, GeoJSON, GeoTIFF, …</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>Koordinatsystem</translation>
    </message>
    <message>
        <source>&lt;b&gt;The file does not say which coordinate system it is in.&lt;/b&gt; Choose the one it was made in: Swedish municipal data are usually in SWEREF 99 TM or a local SWEREF 99 zone (e.g. SWEREF 99 13 30 in Värmland), older data in RT90 2.5 gon V.</source>
        <translation>&lt;b&gt;Filen anger inte vilket koordinatsystem den är i.&lt;/b&gt; Välj det som den gjordes i: kommunala data är oftast i SWEREF 99 TM eller en lokal SWEREF 99-zon (t.ex. SWEREF 99 13 30 i Värmland), äldre data i RT90 2.5 gon V.</translation>
    </message>
    <message>
        <source>Layers in any coordinate system are shown reprojected to the project&apos;s (%1). The project remembers where the file is, relative to the project file.</source>
        <translation>Lager i alla koordinatsystem visas omprojicerade till projektets (%1). Projektet kommer ihåg var filen finns, i förhållande till projektfilen.</translation>
    </message>
    <message>
        <source>Map files (*.gpkg *.shp *.geojson *.json *.fgb *.gml *.kml *.kmz *.tab *.mif *.dxf *.gpx *.csv *.tif *.tiff *.jp2 *.jpg *.png *.ecw *.vrt *.asc)</source>
        <translation>Kartfiler (*.gpkg *.shp *.geojson *.json *.fgb *.gml *.kml *.kmz *.tab *.mif *.dxf *.gpx *.csv *.tif *.tiff *.jp2 *.jpg *.png *.ecw *.vrt *.asc)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 finns inte.</translation>
    </message>
    <message>
        <source>Raster</source>
        <translation>Raster</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänt</translation>
    </message>
    <message>
        <source>%1 has no map layers that GDAL can read. Vector files (GeoPackage, Shapefile, GeoJSON, …) and raster files (GeoTIFF, …) can be added.</source>
        <translation>%1 innehåller inga kartlager som GDAL kan läsa. Vektorfiler (GeoPackage, Shapefile, GeoJSON, …) och rasterfiler (GeoTIFF, …) kan läggas till.</translation>
    </message>
    <message>
        <source>Fetch Layers</source>
        <translation>Hämta lager</translation>
    </message>
    <message>
        <source>Ask the service which layers it has (needs internet)</source>
        <translation>Fråga tjänsten vilka lager den har (kräver internet)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>WMS (map images)</source>
        <translation>WMS (kartbilder)</translation>
    </message>
    <message>
        <source>WMTS (map tiles)</source>
        <translation>WMTS (kartplattor)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Tile matrix set</source>
        <translation>Plattindelning</translation>
    </message>
    <message>
        <source>default</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>Image format</source>
        <translation>Bildformat</translation>
    </message>
    <message>
        <source>Name in the layer tree</source>
        <translation>Namn i lagerlistan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>&lt;b&gt;Needs internet.&lt;/b&gt; The service is asked in the background when the layer is added; if it cannot be reached, nothing is added and you are told why.</source>
        <translation>&lt;b&gt;Kräver internet.&lt;/b&gt; Tjänsten tillfrågas i bakgrunden när lagret läggs till; går den inte att nå läggs inget till och du får veta varför.</translation>
    </message>
    <message>
        <source>Enter the service&apos;s address first, e.g. https://karta.example.se/wms.</source>
        <translation>Ange först tjänstens adress, t.ex. https://karta.example.se/wms.</translation>
    </message>
    <message>
        <source>Asking %1 for its layers…</source>
        <translation>Frågar %1 vilka lager som finns…</translation>
    </message>
    <message>
        <source>%1 did not answer. Check the address and the internet connection.</source>
        <translation>%1 svarade inte. Kontrollera adressen och internetuppkopplingen.</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>%1 gick inte att nå: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) found.</source>
        <translation>
            <numerusform>%n lager hittades.</numerusform>
            <numerusform>%n lager hittades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom levels</source>
        <translation>Zoomnivåer</translation>
    </message>
    <message>
        <source>e.g. © The map&apos;s owner</source>
        <translation>t.ex. © Kartans ägare</translation>
    </message>
    <message>
        <source>Credit on the map</source>
        <translation>Upphovsangivelse på kartan</translation>
    </message>
    <message>
        <source>Tiles in the web&apos;s usual numbering (Web Mercator), with {z}, {x} and {y} in the address. Tiles from a web address &lt;b&gt;need internet&lt;/b&gt;; a folder of tiles on this computer works offline: &lt;tt&gt;file:///C:/Kartor/tiles/{z}/{x}/{y}.png&lt;/tt&gt;.</source>
        <translation>Kartplattor i webbens vanliga numrering (Web Mercator), med {z}, {x} och {y} i adressen. Plattor från en webbadress &lt;b&gt;kräver internet&lt;/b&gt;; en mapp med plattor på den här datorn fungerar utan uppkoppling: &lt;tt&gt;file:///C:/Kartor/tiles/{z}/{x}/{y}.png&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>OpenStreetMap</source>
        <translation>OpenStreetMap</translation>
    </message>
    <message>
        <source>Topografisk webbkarta (muted)</source>
        <translation>Topografisk webbkarta (nedtonad)</translation>
    </message>
    <message>
        <source>Topografisk webbkarta</source>
        <translation>Topografisk webbkarta</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>Kartplattor</translation>
    </message>
    <message>
        <source>Enter your API key from Lantmäteriet. Lantmäteriet gives its topographic web map only with a key; order one (free of charge) at lantmateriet.se.</source>
        <translation>Ange din API-nyckel från Lantmäteriet. Lantmäteriet lämnar ut den topografiska webbkartan bara med en nyckel; beställ en (kostnadsfritt) på lantmateriet.se.</translation>
    </message>
    <message>
        <source>Choose a file with Browse…</source>
        <translation>Välj en fil med Bläddra…</translation>
    </message>
    <message>
        <source>Tick the layers of the file to add.</source>
        <translation>Kryssa för de lager i filen som ska läggas till.</translation>
    </message>
    <message>
        <source>Enter the service&apos;s address, e.g. https://karta.example.se/wms.</source>
        <translation>Ange tjänstens adress, t.ex. https://karta.example.se/wms.</translation>
    </message>
    <message>
        <source>Enter the layer&apos;s name, or fetch the service&apos;s layers and choose one.</source>
        <translation>Ange lagrets namn, eller hämta tjänstens lager och välj ett.</translation>
    </message>
    <message>
        <source>A WMTS layer needs its tile matrix set (e.g. 3006): fetch the service&apos;s layers and choose one.</source>
        <translation>Ett WMTS-lager behöver sin plattindelning (t.ex. 3006): hämta tjänstens lager och välj ett.</translation>
    </message>
    <message>
        <source>The address must contain {z}, {x} and {y}, e.g. https://tiles.example.se/{z}/{x}/{y}.png.</source>
        <translation>Adressen måste innehålla {z}, {x} och {y}, t.ex. https://tiles.example.se/{z}/{x}/{y}.png.</translation>
    </message>
    <message>
        <source>The lowest zoom level must not be above the highest.</source>
        <translation>Den lägsta zoomnivån får inte vara högre än den högsta.</translation>
    </message>
</context>
<context>
    <name>AnalysisDialog</name>
    <message>
        <source>EST areas</source>
        <translation>EST-områden</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Stadsdelar</translation>
    </message>
    <message>
        <source>Own areas</source>
        <translation>Egna områden</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alla områden</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>urval</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s), as the map shows them.</source>
        <translation>
            <numerusform>%n händelse, som kartan visar dem.</numerusform>
            <numerusform>%n händelser, som kartan visar dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>The filter selects no incidents: choose another period or more categories in the filter panel.</source>
        <translation>Filtret väljer inga händelser: välj en annan period eller fler kategorier i filterpanelen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The incidents in the filter:&lt;/b&gt; %1&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Händelserna i filtret:&lt;/b&gt; %1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <source>The result is kept in the project file under this name, with the filter and the parameters that made it.</source>
        <translation>Resultatet sparas i projektfilen under det här namnet, tillsammans med filtret och inställningarna som gav det.</translation>
    </message>
    <message>
        <source>Replace a result with this name</source>
        <translation>Ersätt ett resultat med samma namn</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Kör</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Radius</source>
        <translation>Radie</translation>
    </message>
    <message>
        <source>How far each incident spreads. The radius shapes the picture more than anything else: a small one shows single places, a large one whole districts. %1 m comes from how these incidents are spread.</source>
        <translation>Hur långt varje händelse sprids ut. Radien påverkar bilden mer än något annat: en liten radie visar enskilda platser, en stor hela stadsdelar. %1 m är beräknat från hur de här händelserna är spridda.</translation>
    </message>
    <message>
        <source>How far each incident spreads. The radius shapes the picture more than anything else: a small one shows single places, a large one whole districts.</source>
        <translation>Hur långt varje händelse sprids ut. Radien påverkar bilden mer än något annat: en liten radie visar enskilda platser, en stor hela stadsdelar.</translation>
    </message>
    <message>
        <source>Cell size</source>
        <translation>Cellstorlek</translation>
    </message>
    <message>
        <source>The squares the heatmap is drawn in. Smaller squares look smoother and take longer; they do not change the density.</source>
        <translation>Rutorna som värmekartan ritas i. Mindre rutor ser jämnare ut och tar längre tid, men ändrar inte tätheten.</translation>
    </message>
    <message>
        <source>Quartic (the usual)</source>
        <translation>Kvartisk (det vanliga)</translation>
    </message>
    <message>
        <source>Triweight</source>
        <translation>Triweight</translation>
    </message>
    <message>
        <source>Epanechnikov</source>
        <translation>Epanechnikov</translation>
    </message>
    <message>
        <source>Triangular</source>
        <translation>Triangulär</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>Likformig</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>Gaussisk</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kärna</translation>
    </message>
    <message>
        <source>How an incident&apos;s weight falls off with distance. Quartic gives soft hot spots; uniform counts everything within the radius alike.</source>
        <translation>Hur en händelses vikt avtar med avståndet. Kvartisk ger mjuka koncentrationer; likformig räknar allt inom radien lika.</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Värden</translation>
    </message>
    <message>
        <source>Incidents per km² for the period read as they sound, and maps of periods of the same length compare.</source>
        <translation>Händelser per km² för perioden läses som det låter, och kartor för lika långa perioder går att jämföra.</translation>
    </message>
    <message>
        <source>Nothing on water or outside the municipality</source>
        <translation>Inget på vatten eller utanför kommunen</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Mask</translation>
    </message>
    <message>
        <source>Leaves the lake and what lies outside the municipality blank, so the density does not leak into them.</source>
        <translation>Lämnar sjön och det som ligger utanför kommunen tomt, så att tätheten inte läcker ut dit.</translation>
    </message>
    <message>
        <source>Correct the edges</source>
        <translation>Korrigera kanterna</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>Kanter</translation>
    </message>
    <message>
        <source>Near the municipality&apos;s edge part of each incident&apos;s spread falls where nothing is recorded, so the density looks too low there. The correction raises it; the map then no longer adds up exactly to the number of incidents.</source>
        <translation>Nära kommungränsen hamnar en del av varje händelses spridning där inget registreras, så tätheten ser för låg ut där. Korrigeringen höjer den; kartan summerar då inte längre exakt till antalet händelser.</translation>
    </message>
    <message>
        <source>Squares</source>
        <translation>Kvadrater</translation>
    </message>
    <message>
        <source>Hexagons</source>
        <translation>Hexagoner</translation>
    </message>
    <message>
        <source>The project&apos;s areas</source>
        <translation>Projektets områden</translation>
    </message>
    <message>
        <source>Count in</source>
        <translation>Räkna i</translation>
    </message>
    <message>
        <source>Incidents are counted per cell (or area). A hot spot is a cell that, with its neighbours, has more incidents than chance would give.</source>
        <translation>Händelserna räknas per cell (eller område). En het punkt är en cell som tillsammans med sina grannar har fler händelser än slumpen skulle ge.</translation>
    </message>
    <message>
        <source>The result depends on it: other sizes draw other hot spots, so try two before drawing conclusions.</source>
        <translation>Resultatet beror på den: andra storlekar ger andra heta punkter, så pröva två innan du drar slutsatser.</translation>
    </message>
    <message>
        <source>Cells within a distance</source>
        <translation>Celler inom ett avstånd</translation>
    </message>
    <message>
        <source>The nearest cells</source>
        <translation>De närmaste cellerna</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>Grannar</translation>
    </message>
    <message>
        <source>Which cells count as a cell&apos;s neighbourhood. A distance suits most maps; the nearest cells suit incidents spread very unevenly.</source>
        <translation>Vilka celler som räknas till en cells grannskap. Ett avstånd passar de flesta kartor; de närmaste cellerna passar när händelserna är mycket ojämnt spridda.</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Avstånd</translation>
    </message>
    <message>
        <source>Cells whose centres lie this close are neighbours; about three cells is usual.</source>
        <translation>Celler vars mittpunkter ligger så här nära är grannar; ungefär tre celler är vanligt.</translation>
    </message>
    <message>
        <source>Nearest cells</source>
        <translation>Närmaste celler</translation>
    </message>
    <message>
        <source>How many nearest cells are neighbours.</source>
        <translation>Hur många av de närmaste cellerna som är grannar.</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Områden</translation>
    </message>
    <message>
        <source>Gi* on areas compares each area and the areas touching it with all areas; it needs at least three.</source>
        <translation>Gi* på områden jämför varje område och de områden som gränsar till det med alla områden; det behövs minst tre.</translation>
    </message>
    <message>
        <source>Gi* needs at least %1 incidents to say much; the filter selects %2. Choose a longer period or more categories.</source>
        <translation>Gi* behöver minst %1 händelser för att säga något; filtret väljer %2. Välj en längre period eller fler kategorier.</translation>
    </message>
    <message>
        <source>Gi* needs 30 incidents or more. Cells are classed as hot or cold spots at 99, 95 or 90 % confidence, corrected for testing many cells at once (FDR).</source>
        <translation>Gi* behöver 30 händelser eller fler. Cellerna klassas som heta eller kalla punkter med 99, 95 eller 90 % säkerhet, korrigerat för att många celler testas samtidigt (FDR).</translation>
    </message>
    <message>
        <source>Incidents this close are neighbours. A larger distance joins nearby groups into one cluster.</source>
        <translation>Händelser så här nära varandra är grannar. Ett större avstånd slår ihop närliggande grupper till ett kluster.</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Minst</translation>
    </message>
    <message>
        <source>Incidents within the distance (the incident itself included) that make the core of a cluster. Fewer give more and smaller clusters.</source>
        <translation>Antal händelser inom avståndet (händelsen själv medräknad) som bildar kärnan i ett kluster. Färre ger fler och mindre kluster.</translation>
    </message>
    <message>
        <source>Also close in time</source>
        <translation>Även nära i tid</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Incidents must also lie close in time (ST-DBSCAN): the same place months apart is then not one cluster.</source>
        <translation>Händelserna måste också ligga nära i tid (ST-DBSCAN): samma plats med månaders mellanrum blir då inte ett kluster.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Inom</translation>
    </message>
    <message>
        <source>Convex</source>
        <translation>Konvex</translation>
    </message>
    <message>
        <source>Following the incidents (concave)</source>
        <translation>Följer händelserna (konkav)</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Kontur</translation>
    </message>
    <message>
        <source>Convex is the tightest outline without dents; concave follows the incidents more closely.</source>
        <translation>Konvex är den snävaste konturen utan inbuktningar; konkav följer händelserna närmare.</translation>
    </message>
    <message>
        <source>The period before, as long</source>
        <translation>Föregående period, lika lång</translation>
    </message>
    <message>
        <source>The same period last year</source>
        <translation>Samma period förra året</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Jämför med</translation>
    </message>
    <message>
        <source>A comparison needs a period: choose one in the filter panel.</source>
        <translation>En jämförelse behöver en period: välj en i filterpanelen.</translation>
    </message>
    <message>
        <source>Compares %1 with %2, with the same filter.</source>
        <translation>Jämför %1 med %2, med samma filter.</translation>
    </message>
    <message>
        <source>The areas are ranked by their incidents now and coloured by their change; a change beyond chance is outlined and starred.</source>
        <translation>Områdena rangordnas efter antalet händelser nu och färgas efter förändringen; en förändring utöver slumpen får kraftig kant och en stjärna.</translation>
    </message>
    <message>
        <source>The map&apos;s squares compared as the areas are, to find changes inside or between areas.</source>
        <translation>Kartans rutor jämförs på samma sätt som områdena, för att hitta förändringar inom eller mellan områden.</translation>
    </message>
    <message>
        <source>Significance level</source>
        <translation>Signifikansnivå</translation>
    </message>
    <message>
        <source>How sure a change must be to be marked: 0.05 marks a change that chance alone gives once in twenty, corrected for testing many areas and cells. Small counts rarely reach it.</source>
        <translation>Hur säker en förändring måste vara för att markeras: 0,05 markerar en förändring som slumpen ensam ger en gång på tjugo, korrigerat för att många områden och celler testas. Små antal når sällan dit.</translation>
    </message>
    <message>
        <source>The result of this name will be replaced.</source>
        <translation>Resultatet med det här namnet kommer att ersättas.</translation>
    </message>
    <message>
        <source>The project has a result of this name: tick Replace or choose another name.</source>
        <translation>Projektet har redan ett resultat med det här namnet: kryssa i Ersätt eller välj ett annat namn.</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Inget projekt är öppet.</translation>
    </message>
    <message>
        <source>Give the result a name.</source>
        <translation>Ge resultatet ett namn.</translation>
    </message>
    <message>
        <source>The project already has a result called %1. Tick Replace or choose another name.</source>
        <translation>Projektet har redan ett resultat som heter %1. Kryssa i Ersätt eller välj ett annat namn.</translation>
    </message>
    <message>
        <source>%1 must be more than 0.</source>
        <translation>%1 måste vara större än 0.</translation>
    </message>
    <message>
        <source>The radius</source>
        <translation>Radien</translation>
    </message>
    <message>
        <source>The cell size</source>
        <translation>Cellstorleken</translation>
    </message>
    <message>
        <source>The heatmap cannot be made with these settings: %1</source>
        <translation>Värmekartan kan inte göras med de här inställningarna: %1</translation>
    </message>
    <message>
        <source>The distance</source>
        <translation>Avståndet</translation>
    </message>
    <message>
        <source>At least one nearest cell is needed.</source>
        <translation>Minst en närmaste cell behövs.</translation>
    </message>
    <message>
        <source>Hot spots cannot be found with these settings: %1</source>
        <translation>Hot spots kan inte beräknas med de här inställningarna: %1</translation>
    </message>
    <message>
        <source>A cluster needs at least 1 incident.</source>
        <translation>Ett kluster behöver minst 1 händelse.</translation>
    </message>
    <message>
        <source>The time window must be more than 0 days.</source>
        <translation>Tidsfönstret måste vara längre än 0 dagar.</translation>
    </message>
    <message>
        <source>A comparison needs a period: choose one in the filter panel (not all dates).</source>
        <translation>En jämförelse behöver en period: välj en i filterpanelen (inte alla datum).</translation>
    </message>
    <message>
        <source>The significance level must lie between 0 and 1, e.g. 0.05.</source>
        <translation>Signifikansnivån måste ligga mellan 0 och 1, till exempel 0,05.</translation>
    </message>
    <message>
        <source>Waiting to start…</source>
        <translation>Väntar på att starta…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The result was saved, but QGIS cannot show it: %1</source>
        <translation>Resultatet sparades, men QGIS kan inte visa det: %1</translation>
    </message>
    <message>
        <source>Saved as %1. Note: %2</source>
        <translation>Sparat som %1. Observera: %2</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved in the project.</source>
        <translation>Avbrutet: inget sparades i projektet.</translation>
    </message>
    <message>
        <source>The analysis failed and nothing was saved: %1</source>
        <translation>Analysen misslyckades och inget sparades: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s) from safety walks.</source>
        <translation>
            <numerusform>%n observation från trygghetsvandringar.</numerusform>
            <numerusform>%n observationer från trygghetsvandringar.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 incident(s) and %2 observation(s) from safety walks.</source>
        <translation>Händelser: %1, observationer från trygghetsvandringar: %2.</translation>
    </message>
    <message>
        <source>The filter selects nothing of this layer: choose another layer, more checklist items or another period in the filter panel.</source>
        <translation>Filtret väljer inget i det här lagret: välj ett annat lager, fler teman i checklistan eller en annan period i filterpanelen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the analysis counts:&lt;/b&gt; %1&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Vad analysen räknar:&lt;/b&gt; %1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>What the analysis counts. Observations are the problems found on safety walks, weighted 3 − rating (rating 0, very unsafe, weighs 3; without a rating 1); positive places and unconfirmed drafts never count. Categories, sources and organisations filter the incidents only.</source>
        <translation>Vad analysen räknar. Observationer är de problem som hittats på trygghetsvandringar, viktade med 3 − betyget (betyg 0, mycket otryggt, väger 3; utan betyg 1); positiva platser och obekräftade utkast räknas aldrig. Kategorier, källor och organisationer filtrerar bara händelserna.</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Teman i checklistan</translation>
    </message>
    <message>
        <source>Only observations of the ticked checklist items, e.g. only lighting.</source>
        <translation>Bara observationer av de markerade temana i checklistan, t.ex. bara belysning.</translation>
    </message>
</context>
<context>
    <name>AnalysisDialogs</name>
    <message>
        <source>&amp;Kernel Density (Heatmap Raster)…</source>
        <translation>&amp;Värmekarta (täthetsraster)…</translation>
    </message>
    <message>
        <source>A heatmap of the incidents in the filter, stored in the project</source>
        <translation>En värmekarta över händelserna i filtret, sparad i projektet</translation>
    </message>
    <message>
        <source>&amp;Hot Spots (Gi*)…</source>
        <translation>&amp;Hot spots (Gi*)…</translation>
    </message>
    <message>
        <source>Statistical hot and cold spots of the incidents in the filter</source>
        <translation>Statistiskt heta och kalla punkter för händelserna i filtret</translation>
    </message>
    <message>
        <source>&amp;Clusters (DBSCAN)…</source>
        <translation>&amp;Kluster (DBSCAN)…</translation>
    </message>
    <message>
        <source>Groups of incidents close together, with outlines</source>
        <translation>Grupper av händelser nära varandra, med konturer</translation>
    </message>
    <message>
        <source>Com&amp;pare Periods…</source>
        <translation>&amp;Jämför perioder…</translation>
    </message>
    <message>
        <source>The filter&apos;s period against the one before or last year, per area and cell</source>
        <translation>Filtrets period mot föregående period eller förra året, per område och cell</translation>
    </message>
    <message>
        <source>Stored Results</source>
        <translation>Sparade resultat</translation>
    </message>
    <message>
        <source>Saved %1: %2</source>
        <translation>Sparade %1: %2</translation>
    </message>
    <message>
        <source>Analysis Running</source>
        <translation>Analys pågår</translation>
    </message>
    <message numerus="yes">
        <source>%n analysis(es) still running. Cancel and go on? Nothing of a cancelled analysis is saved.</source>
        <translation>
            <numerusform>%n analys pågår fortfarande. Avbryta och fortsätta? Inget av en avbruten analys sparas.</numerusform>
            <numerusform>%n analyser pågår fortfarande. Avbryta och fortsätta? Inget av avbrutna analyser sparas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnalysisTask</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Opening the project…</source>
        <translation>Öppnar projektet…</translation>
    </message>
    <message>
        <source>Selecting incidents…</source>
        <translation>Väljer händelser…</translation>
    </message>
    <message>
        <source>Comparing the periods…</source>
        <translation>Jämför perioderna…</translation>
    </message>
    <message>
        <source>%1 incidents against %2 before; no change beyond chance</source>
        <translation>%1 händelser mot %2 tidigare; ingen förändring utöver slumpen</translation>
    </message>
    <message>
        <source>%1 incidents against %2 before; beyond chance: %3 areas and %4 cells up, %5 areas and %6 cells down</source>
        <translation>%1 händelser mot %2 tidigare; utöver slumpen: %3 områden och %4 celler upp, %5 områden och %6 celler ned</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Beräknar…</translation>
    </message>
    <message>
        <source>%1 incidents, radius %2 m, peak %3</source>
        <translation>%1 händelser, radie %2 m, högsta värde %3</translation>
    </message>
    <message>
        <source>hot spots 99/95/90 %: %1/%2/%3, cold spots: %4/%5/%6</source>
        <translation>heta punkter 99/95/90 %: %1/%2/%3, kalla punkter: %4/%5/%6</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n kluster</numerusform>
            <numerusform>%n kluster</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 of %2 incidents in no cluster</source>
        <translation>; %1 av %2 händelser i inget kluster</translation>
    </message>
    <message>
        <source>Saving in the project…</source>
        <translation>Sparar i projektet…</translation>
    </message>
    <message>
        <source>The analysis stopped without saying why.</source>
        <translation>Analysen avbröts utan att ange varför.</translation>
    </message>
    <message>
        <source>%1 %2 (%3), radius %4 m, peak %5</source>
        <translation>%1 %2 (%3), radie %4 m, högsta värde %5</translation>
    </message>
    <message>
        <source>; %1 of %2 %3 in no cluster</source>
        <translation>; %1 av %2 %3 i inget kluster</translation>
    </message>
</context>
<context>
    <name>AnalysisText</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>från %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>till och med %1</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>alla datum</translation>
    </message>
    <message>
        <source>EST reports</source>
        <translation>EST-rapporter</translation>
    </message>
    <message>
        <source>police</source>
        <translation>polisen</translation>
    </message>
    <message>
        <source>safety walks</source>
        <translation>trygghetsvandringar</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>manuellt inlagda</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>mån</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>tis</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>ons</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>tor</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>fre</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>lör</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>sön</translation>
    </message>
    <message>
        <source>EST areas</source>
        <translation>EST-områden</translation>
    </message>
    <message>
        <source>districts</source>
        <translation>stadsdelar</translation>
    </message>
    <message>
        <source>own areas</source>
        <translation>egna områden</translation>
    </message>
    <message>
        <source>all areas</source>
        <translation>alla områden</translation>
    </message>
    <message>
        <source>quartic</source>
        <translation>kvartisk</translation>
    </message>
    <message>
        <source>triweight</source>
        <translation>triweight</translation>
    </message>
    <message>
        <source>Epanechnikov</source>
        <translation>Epanechnikov</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>likformig</translation>
    </message>
    <message>
        <source>triangular</source>
        <translation>triangulär</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>gaussisk</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Värmekarta</translation>
    </message>
    <message>
        <source>Hot spots</source>
        <translation>Hot spots</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Kluster</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Jämförelse</translation>
    </message>
    <message>
        <source>Hour and weekday profile</source>
        <translation>Tid- och veckodagsprofil</translation>
    </message>
    <message>
        <source>Near repeats (Knox test)</source>
        <translation>Upprepade händelser nära varandra (Knox-test)</translation>
    </message>
    <message>
        <source>categories: %1</source>
        <translation>kategorier: %1</translation>
    </message>
    <message>
        <source>sources: %1</source>
        <translation>källor: %1</translation>
    </message>
    <message>
        <source>organisations: %1</source>
        <translation>organisationer: %1</translation>
    </message>
    <message>
        <source>weekdays: %1</source>
        <translation>veckodagar: %1</translation>
    </message>
    <message>
        <source>hours: %1</source>
        <translation>timmar: %1</translation>
    </message>
    <message>
        <source>area: %1</source>
        <translation>område: %1</translation>
    </message>
    <message>
        <source>intervals counted at their midpoint</source>
        <translation>tidsintervall räknade vid sin mittpunkt</translation>
    </message>
    <message>
        <source>%1 kernel, radius %2 m (%3)</source>
        <translation>%1 kärna, radie %2 m (%3)</translation>
    </message>
    <message>
        <source>from the data</source>
        <translation>beräknad från data</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>vald</translation>
    </message>
    <message>
        <source>cells of %1 m</source>
        <translation>celler på %1 m</translation>
    </message>
    <message>
        <source>nothing on water or outside the municipality</source>
        <translation>inget på vatten eller utanför kommunen</translation>
    </message>
    <message>
        <source>only inside %1</source>
        <translation>bara inom %1</translation>
    </message>
    <message>
        <source>edge correction</source>
        <translation>kantkorrigering</translation>
    </message>
    <message>
        <source>Gi* on the project&apos;s %1, neighbours within %2 m, corrected for many tests (FDR)</source>
        <translation>Gi* på projektets %1, grannar inom %2 m, korrigerat för många test (FDR)</translation>
    </message>
    <message>
        <source>hexagons %1 m across</source>
        <translation>hexagoner %1 m breda</translation>
    </message>
    <message>
        <source>squares of %1 m</source>
        <translation>kvadrater på %1 m</translation>
    </message>
    <message>
        <source>the %1 nearest cells as neighbours</source>
        <translation>de %1 närmaste cellerna som grannar</translation>
    </message>
    <message>
        <source>neighbours within %1 m</source>
        <translation>grannar inom %1 m</translation>
    </message>
    <message>
        <source>Gi* on %1, %2, corrected for many tests (FDR)</source>
        <translation>Gi* på %1, %2, korrigerat för många test (FDR)</translation>
    </message>
    <message>
        <source>%1: at least %2 incidents within %3 m and %4 days of each other</source>
        <translation>%1: minst %2 händelser inom %3 m och %4 dagar från varandra</translation>
    </message>
    <message>
        <source>%1: at least %2 incidents within %3 m of each other</source>
        <translation>%1: minst %2 händelser inom %3 m från varandra</translation>
    </message>
    <message>
        <source>outlines follow the incidents (concave)</source>
        <translation>konturer som följer händelserna (konkava)</translation>
    </message>
    <message>
        <source>convex outlines</source>
        <translation>konvexa konturer</translation>
    </message>
    <message>
        <source>the same period last year</source>
        <translation>samma period förra året</translation>
    </message>
    <message>
        <source>the period before</source>
        <translation>föregående period</translation>
    </message>
    <message>
        <source>Against %1 (%2), per %3 and per cell of %4 m; exact test for counts, significance level %5 after the FDR correction</source>
        <translation>Mot %1 (%2), per %3 och per cell på %4 m; exakt test för antal, signifikansnivå %5 efter FDR-korrigering</translation>
    </message>
    <message>
        <source>sum of kernel values (raw)</source>
        <translation>summa av kärnvärden (rå)</translation>
    </message>
    <message>
        <source>incidents per m²</source>
        <translation>händelser per m²</translation>
    </message>
    <message>
        <source>incidents per km² for the period</source>
        <translation>händelser per km² för perioden</translation>
    </message>
    <message>
        <source>categories (incidents only): %1</source>
        <translation>kategorier (bara händelser): %1</translation>
    </message>
    <message>
        <source>sources (incidents only): %1</source>
        <translation>källor (bara händelser): %1</translation>
    </message>
    <message>
        <source>organisations (incidents only): %1</source>
        <translation>organisationer (bara händelser): %1</translation>
    </message>
    <message>
        <source>checklist items: %1</source>
        <translation>teman i checklistan: %1</translation>
    </message>
    <message>
        <source>safety walks: %1</source>
        <translation>trygghetsvandringar: %1</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>Observations from safety walks</source>
        <translation>Observationer från trygghetsvandringar</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Båda</translation>
    </message>
    <message>
        <source>observations from safety walks, weighted 3 − rating (problems only; positive places and drafts left out)</source>
        <translation>observationer från trygghetsvandringar, viktade med 3 − betyget (bara problem; positiva platser och utkast utelämnade)</translation>
    </message>
    <message>
        <source>observations from safety walks, each counted once (problems only; positive places and drafts left out)</source>
        <translation>observationer från trygghetsvandringar, var och en räknad en gång (bara problem; positiva platser och utkast utelämnade)</translation>
    </message>
    <message>
        <source>incidents and observations from safety walks, the observations weighted 3 − rating (problems only; positive places and drafts left out)</source>
        <translation>händelser och observationer från trygghetsvandringar, observationerna viktade med 3 − betyget (bara problem; positiva platser och utkast utelämnade)</translation>
    </message>
    <message>
        <source>incidents and observations from safety walks, each counted once (problems only; positive places and drafts left out)</source>
        <translation>händelser och observationer från trygghetsvandringar, var och en räknad en gång (bara problem; positiva platser och utkast utelämnade)</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>händelser</translation>
    </message>
    <message>
        <source>observations</source>
        <translation>observationer</translation>
    </message>
    <message>
        <source>incidents and observations</source>
        <translation>händelser och observationer</translation>
    </message>
</context>
<context>
    <name>AttributeTablePanel</name>
    <message>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>Safety-walk observations</source>
        <translation>Observationer från trygghetsvandringar</translation>
    </message>
    <message>
        <source>Search the table…</source>
        <translation>Sök i tabellen…</translation>
    </message>
    <message>
        <source>Only what the map filter shows</source>
        <translation>Bara det som kartans filter visar</translation>
    </message>
    <message>
        <source>Show only the incidents of the lägesbild&apos;s filter (period, categories, …)</source>
        <translation>Visa bara händelserna i lägesbildens filter (period, kategorier, …)</translation>
    </message>
    <message>
        <source>Double-click a row to show it on the map</source>
        <translation>Dubbelklicka på en rad för att visa den på kartan</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Good place</source>
        <translation>Bra plats</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Reading the table…</source>
        <translation>Läser tabellen…</translation>
    </message>
    <message>
        <source>The table could not be read: %1</source>
        <translation>Tabellen kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>%1 of %2, sorting…</source>
        <translation>%1 av %2, sorterar…</translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <source>Colour</source>
        <translation>Färg</translation>
    </message>
    <message>
        <source>Swedish name</source>
        <translation>Svenskt namn</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Engelskt namn</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Dold</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Byt namn…</translation>
    </message>
    <message>
        <source>Change Colour…</source>
        <translation>Byt färg…</translation>
    </message>
    <message>
        <source>Move to Group…</source>
        <translation>Flytta till grupp…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <source>Merge With…</source>
        <translation>Slå ihop med…</translation>
    </message>
    <message>
        <source>A hidden category is no longer offered for new incidents; those it has keep it. Merging moves a category&apos;s incidents and crosswalk lines to another and removes it.</source>
        <translation>En dold kategori erbjuds inte längre för nya händelser; händelser som redan har den behåller den. En sammanslagning flyttar en kategoris händelser och rader i kategorinycklar till en annan kategori och tar bort den.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Kod: %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message numerus="yes">
        <source>Merge %1 into %2? %n incident(s) move to %2, and %1 is removed from the project (its crosswalk lines follow).</source>
        <translation>
            <numerusform>Slå ihop %1 med %2? %n händelse flyttas till %2, och %1 tas bort ur projektet (dess rader i kategorinycklar följer med).</numerusform>
            <numerusform>Slå ihop %1 med %2? %n händelser flyttas till %2, och %1 tas bort ur projektet (dess rader i kategorinycklar följer med).</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Byt namn på %1</translation>
    </message>
    <message>
        <source>optional: the Swedish name is used</source>
        <translation>valfritt: annars används det svenska namnet</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Färg för %1</translation>
    </message>
    <message>
        <source>Move to Group</source>
        <translation>Flytta till grupp</translation>
    </message>
    <message>
        <source>Group for %1:</source>
        <translation>Grupp för %1:</translation>
    </message>
    <message>
        <source>Merge Categories</source>
        <translation>Slå ihop kategorier</translation>
    </message>
    <message>
        <source>Merge %1 into:</source>
        <translation>Slå ihop %1 med:</translation>
    </message>
</context>
<context>
    <name>CategoryMapping</name>
    <message>
        <source>Value in the file</source>
        <translation>Värde i filen</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>How it is read</source>
        <translation>Hur det läses</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Category of the project</source>
        <translation>Projektets kategori</translation>
    </message>
    <message>
        <source>Through crosswalk %1</source>
        <translation>Via kategorinyckeln %1</translation>
    </message>
    <message>
        <source>Name of the group %1</source>
        <translation>Namnet på gruppen %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Leave out on purpose</source>
        <translation>Utelämna med avsikt</translation>
    </message>
    <message>
        <source>New category…</source>
        <translation>Ny kategori…</translation>
    </message>
    <message>
        <source>%1 is not a category value of the file.</source>
        <translation>%1 är inget kategorivärde i filen.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n category value(s).</source>
        <translation>
            <numerusform>Filen har %n kategorivärde.</numerusform>
            <numerusform>Filen har %n kategorivärden.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are read through the crosswalk %1.</source>
        <translation>De läses via kategorinyckeln %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) still unknown: their rows are rejected unless you choose a category or leave them out on purpose. Your choices are kept in the crosswalk for the next import.</source>
        <translation>
            <numerusform>%n värde är fortfarande okänt: dess rader avvisas om du inte väljer en kategori eller utelämnar det med avsikt. Dina val sparas i kategorinyckeln till nästa import.</numerusform>
            <numerusform>%n värden är fortfarande okända: deras rader avvisas om du inte väljer en kategori eller utelämnar dem med avsikt. Dina val sparas i kategorinyckeln till nästa import.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your choices are kept in the crosswalk for the next import.</source>
        <translation>Dina val sparas i kategorinyckeln till nästa import.</translation>
    </message>
    <message>
        <source>Unknown: choose what it is</source>
        <translation>Okänt: välj vad det är</translation>
    </message>
    <message>
        <source>Left out on purpose</source>
        <translation>Utelämnas med avsikt</translation>
    </message>
    <message>
        <source>Unknown: your choice</source>
        <translation>Okänt: ditt val</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Synchronisation conflicts</source>
        <translation>Synkroniseringskonflikter</translation>
    </message>
    <message>
        <source>These rows changed both here and in the shared database (or one side deleted them) since the last synchronisation. Neither version was overwritten: choose which to keep. The next synchronisation carries out the choice.</source>
        <translation>De här raderna har ändrats både här och i den delade databasen (eller tagits bort på ena sidan) sedan senaste synkroniseringen. Ingen version har skrivits över: välj vilken som ska gälla. Nästa synkronisering genomför valet.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>This copy</source>
        <translation>Den här kopian</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>Delade databasen</translation>
    </message>
    <message>
        <source>Keep this copy&apos;s version</source>
        <translation>Behåll kopians version</translation>
    </message>
    <message>
        <source>Keep the shared version</source>
        <translation>Behåll den delade versionen</translation>
    </message>
    <message>
        <source>changed on both sides</source>
        <translation>ändrad på båda sidor</translation>
    </message>
    <message>
        <source>deleted in the shared database</source>
        <translation>borttagen i den delade databasen</translation>
    </message>
    <message>
        <source>deleted here</source>
        <translation>borttagen här</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>vägrad</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Inga öppna konflikter.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(borttagen)</translation>
    </message>
    <message>
        <source>(deleted or not readable)</source>
        <translation>(borttagen eller inte läsbar)</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Action status</source>
        <translation>Åtgärdsstatus</translation>
    </message>
    <message>
        <source>Safety walk</source>
        <translation>Trygghetsvandring</translation>
    </message>
    <message>
        <source>Walk stop</source>
        <translation>Vandringsstopp</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Category group</source>
        <translation>Kategorigrupp</translation>
    </message>
    <message>
        <source>Place type</source>
        <translation>Platstyp</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Checklistepunkt</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation on a safety walk</source>
        <translation>Organisation på en trygghetsvandring</translation>
    </message>
    <message>
        <source>Walk photo</source>
        <translation>Foto från en vandring</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriterat problem</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Utvärdering</translation>
    </message>
    <message>
        <source>Citizen promise</source>
        <translation>Medborgarlöfte</translation>
    </message>
    <message>
        <source>Citizen promise activity</source>
        <translation>Aktivitet i medborgarlöftet</translation>
    </message>
    <message>
        <source>Link to a citizen promise activity</source>
        <translation>Koppling till en aktivitet i medborgarlöftet</translation>
    </message>
    <message>
        <source>Crosswalk</source>
        <translation>Kategorinyckel</translation>
    </message>
    <message>
        <source>Crosswalk line</source>
        <translation>Rad i en kategorinyckel</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
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
        <source>Weight</source>
        <translation>Vikt</translation>
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
        <source>Place precision</source>
        <translation>Platsens noggrannhet</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Senast ändrad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Proposed action</source>
        <translation>Föreslagen åtgärd</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observerad</translation>
    </message>
    <message>
        <source>Walk date</source>
        <translation>Vandringens datum</translation>
    </message>
    <message>
        <source>Stop number</source>
        <translation>Stoppnummer</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Responsible organisation</source>
        <translation>Ansvarig organisation</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Sista datum</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name in Swedish</source>
        <translation>Namn på svenska</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Namn på engelska</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Färg</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Filnamn</translation>
    </message>
    <message>
        <source>Other attributes</source>
        <translation>Övriga attribut</translation>
    </message>
    <message>
        <source>Precision given by the source</source>
        <translation>Noggrannhet angiven av källan</translation>
    </message>
    <message>
        <source>Personal data found</source>
        <translation>Personuppgifter hittade</translation>
    </message>
    <message>
        <source>Event id at the source</source>
        <translation>Händelse-id hos källan</translation>
    </message>
    <message>
        <source>Row in the source file</source>
        <translation>Rad i källfilen</translation>
    </message>
</context>
<context>
    <name>CrosswalksPage</name>
    <message>
        <source>New…</source>
        <translation>Ny…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importera CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message>
        <source>Crosswalk</source>
        <translation>Kategorinyckel</translation>
    </message>
    <message>
        <source>Value in the source</source>
        <translation>Värde i källan</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Läses som</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Add Line…</source>
        <translation>Lägg till rad…</translation>
    </message>
    <message>
        <source>Remove Line</source>
        <translation>Ta bort rad</translation>
    </message>
    <message>
        <source>A crosswalk reads a source&apos;s own values as the project&apos;s categories. An import uses the crosswalk that knows the file&apos;s values; rows whose value is left out on purpose are kept with the import&apos;s rejects, counted apart from errors.</source>
        <translation>En kategorinyckel läser en källas egna värden som projektets kategorier. En import använder den kategorinyckel som känner till filens värden; rader vars värde utelämnas med avsikt sparas bland importens avvisade rader, men räknas skilt från felen.</translation>
    </message>
    <message>
        <source>Crosswalks</source>
        <translation>Kategorinycklar</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n line(s))</source>
        <translation>
            <numerusform>%1 (%n rad)</numerusform>
            <numerusform>%1 (%n rader)</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out on purpose</source>
        <translation>Utelämnas med avsikt</translation>
    </message>
    <message>
        <source>Remove the crosswalk %1 with its lines? Imports no longer read values through it.</source>
        <translation>Ta bort kategorinyckeln %1 med dess rader? Importer läser då inte längre värden via den.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kunde inte skrivas: %2</translation>
    </message>
    <message>
        <source>New Line in %1</source>
        <translation>Ny rad i %1</translation>
    </message>
    <message>
        <source>New Crosswalk</source>
        <translation>Ny kategorinyckel</translation>
    </message>
    <message>
        <source>e.g. the export of the housing company&apos;s reporting system</source>
        <translation>t.ex. exporten från bostadsbolagets rapporteringssystem</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Import Crosswalk</source>
        <translation>Importera kategorinyckel</translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt);;All files (*)</source>
        <translation>CSV (*.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Export Crosswalk</source>
        <translation>Exportera kategorinyckel</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>EditingController</name>
    <message>
        <source>Add Incident</source>
        <translation>Lägg till händelse</translation>
    </message>
    <message>
        <source>Add an incident: click the map where it happened (Ctrl+.)</source>
        <translation>Lägg till en händelse: klicka på kartan där den inträffade (Ctrl+.)</translation>
    </message>
    <message>
        <source>Add Safety-Walk Observation</source>
        <translation>Lägg till observation från trygghetsvandring</translation>
    </message>
    <message>
        <source>Add a safety-walk observation: click the map where it was made</source>
        <translation>Lägg till en observation från en trygghetsvandring: klicka på kartan där den gjordes</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Markera</translation>
    </message>
    <message>
        <source>Select incidents and observations: click, Shift-click to add, Ctrl-click to toggle, or drag a rectangle. Drag a selected point to move the selection; double-click to edit.</source>
        <translation>Markera händelser och observationer: klicka, Skift-klicka för att lägga till, Ctrl-klicka för att växla eller dra en rektangel. Dra en markerad punkt för att flytta markeringen; dubbelklicka för att redigera.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Edit Selected…</source>
        <translation>&amp;Redigera markerade…</translation>
    </message>
    <message>
        <source>Edit the selected incident or observation; several incidents are changed together</source>
        <translation>Redigera den markerade händelsen eller observationen; flera händelser ändras tillsammans</translation>
    </message>
    <message>
        <source>&amp;Delete Selected</source>
        <translation>&amp;Ta bort markerade</translation>
    </message>
    <message>
        <source>Attribute Table</source>
        <translation>Attributtabell</translation>
    </message>
    <message>
        <source>&amp;Attribute Table</source>
        <translation>&amp;Attributtabell</translation>
    </message>
    <message>
        <source>The incidents and observations as a table: search, sort, double-click to show one on the map (F6)</source>
        <translation>Händelser och observationer som tabell: sök, sortera, dubbelklicka för att visa en på kartan (F6)</translation>
    </message>
    <message>
        <source>The incident was saved. It is outside the filter (%1), so the map does not show it.</source>
        <translation>Händelsen sparades. Den ligger utanför filtret (%1), så kartan visar den inte.</translation>
    </message>
</context>
<context>
    <name>EvaluationChart</name>
    <message>
        <source>The weekly counts show here once evaluated.</source>
        <translation>Antalet händelser per vecka visas här när insatsen har utvärderats.</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Evaluate an intervention</source>
        <translation>Utvärdera en insats</translation>
    </message>
    <message>
        <source>Target area</source>
        <translation>Målområde</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Föreslå</translation>
    </message>
    <message>
        <source>Areas outside the target (and its buffer), most like it in level and trend before first</source>
        <translation>Områden utanför målområdet (och dess buffertzon), de som mest liknar det i nivå och trend före insatsen först</translation>
    </message>
    <message>
        <source>Comparison area</source>
        <translation>Jämförelseområde</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>no buffer</source>
        <translation>ingen buffertzon</translation>
    </message>
    <message>
        <source>Buffer around the target</source>
        <translation>Buffertzon runt målområdet</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>None ticked: all categories</source>
        <translation>Inget ikryssat: alla kategorier</translation>
    </message>
    <message>
        <source>Category groups</source>
        <translation>Kategorigrupper</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Utvärdera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Save with the intervention</source>
        <translation>Spara med insatsen</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Print the evaluation</source>
        <translation>Skriv ut utvärderingen</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printed to %1.</source>
        <translation>Utskriven till %1.</translation>
    </message>
    <message>
        <source>Intervention: %1 (%2), %3 – %4</source>
        <translation>Insats: %1 (%2), %3 – %4</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>Utvärderar…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <source>%1 – %2 events before, trend %3 %</source>
        <translation>%1 – %2 händelser före, trend %3 %</translation>
    </message>
    <message>
        <source>Suggested comparison areas, most like the target (%1 events before) first.</source>
        <translation>Föreslagna jämförelseområden, de som mest liknar målområdet (%1 händelser före) först.</translation>
    </message>
    <message>
        <source>Stored in the project as evaluation %1.</source>
        <translation>Sparad i projektet som utvärdering %1.</translation>
    </message>
    <message>
        <source>Evaluate first.</source>
        <translation>Utvärdera först.</translation>
    </message>
</context>
<context>
    <name>EvaluationPdf</name>
    <message>
        <source>Evaluation: %1</source>
        <translation>Utvärdering: %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Target before → after</source>
        <translation>Målområde före → efter</translation>
    </message>
    <message>
        <source>Comparison before → after</source>
        <translation>Jämförelseområde före → efter</translation>
    </message>
    <message>
        <source>Buffer before → after</source>
        <translation>Buffertzon före → efter</translation>
    </message>
    <message>
        <source>DiD</source>
        <translation>DiD</translation>
    </message>
    <message>
        <source>RES (95 % CI)</source>
        <translation>RES (95 % KI)</translation>
    </message>
    <message>
        <source>WDD (SE; 95 % CI)</source>
        <translation>WDD (SE; 95 % KI)</translation>
    </message>
    <message>
        <source>WDQ</source>
        <translation>WDQ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>not computed¹</source>
        <translation>inte beräknad¹</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>After (intervention)</source>
        <translation>Efter (insats)</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Målområde: %1</translation>
    </message>
    <message>
        <source>Comparison: %1</source>
        <translation>Jämförelseområde: %1</translation>
    </message>
    <message>
        <source>Buffer %1 m</source>
        <translation>Buffertzon %1 m</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Target area</source>
        <translation>Målområde</translation>
    </message>
    <message>
        <source>Comparison area</source>
        <translation>Jämförelseområde</translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation>Buffertzon</translation>
    </message>
    <message>
        <source>a ring of %1 m around the target area</source>
        <translation>en buffertring på %1 m runt målområdet</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>%1 – %2 (%3 days)</source>
        <translation>%1 – %2 (%3 dagar)</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alla</translation>
    </message>
    <message>
        <source>Incidents at the midpoint of their time, counted inside each area. RES = (a·d)/(b·c) with Var(ln RES) = 1/a+1/b+1/c+1/d (Welsh &amp; Farrington); WDD = ΔT − ΔC + ΔD − ΔC with the sum of the counts as its variance (Wheeler &amp; Ratcliffe 2018); WDQ after Bowers &amp; Johnson (2003). RES above 1 and a negative WDD mean the target fared better.</source>
        <translation>Händelserna räknas vid mittpunkten av sin tid, inom varje område. RES = (a·d)/(b·c) med Var(ln RES) = 1/a+1/b+1/c+1/d (Welsh &amp; Farrington); WDD = ΔT − ΔC + ΔD − ΔC med summan av antalen som varians (Wheeler &amp; Ratcliffe 2018); WDQ enligt Bowers &amp; Johnson (2003). RES över 1 och en negativ WDD betyder att det gick bättre för målområdet.</translation>
    </message>
    <message>
        <source>The periods differ in length: after counts are scaled by %1 in DiD and WDD.</source>
        <translation>Perioderna är olika långa: antalen efter insatsen skalas med %1 i DiD och WDD.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <source>Printing was cancelled; nothing was written.</source>
        <translation>Utskriften avbröts; inget skrevs.</translation>
    </message>
    <message>
        <source>Result per category group and in total</source>
        <translation>Resultat per kategorigrupp och totalt</translation>
    </message>
    <message>
        <source>¹ Not computed: one of the counts is 0 (RES needs an event in each of the four counts, WDQ in each of the six), or for the WDQ the target changed exactly as the comparison area did. Groups without any event are left out.</source>
        <translation>¹ Inte beräknad: ett av antalen är 0 (RES kräver minst en händelse i vart och ett av de fyra antalen, WDQ i vart och ett av de sex), eller så förändrades målområdet precis som jämförelseområdet (för WDQ). Grupper utan några händelser utelämnas.</translation>
    </message>
    <message>
        <source>In plain words</source>
        <translation>Med enkla ord</translation>
    </message>
    <message>
        <source>Events per week</source>
        <translation>Händelser per vecka</translation>
    </message>
    <message>
        <source>The chart could not be drawn.</source>
        <translation>Diagrammet kunde inte ritas.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Utskriven %1</translation>
    </message>
    <message>
        <source>Evaluation: %1 against %2</source>
        <translation>Utvärdering: %1 mot %2</translation>
    </message>
</context>
<context>
    <name>EvaluationTask</name>
    <message>
        <source>Evaluating the intervention</source>
        <translation>Utvärderar insatsen</translation>
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
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Heatmap: %1</source>
        <translation>Värmekarta: %1</translation>
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
    <message numerus="yes">
        <source>The heatmap also counts %n observation(s).</source>
        <translation>
            <numerusform>Värmekartan räknar också %n observation.</numerusform>
            <numerusform>Värmekartan räknar också %n observationer.</numerusform>
        </translation>
    </message>
    <message>
        <source>reading the incidents was cancelled.</source>
        <translation>läsningen av händelserna avbröts.</translation>
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
    <message>
        <source>Include safety-walk observations in the heatmap</source>
        <translation>Ta med observationer från trygghetsvandringar i värmekartan</translation>
    </message>
    <message>
        <source>The problems found on safety walks count in the heatmap too, weighted 3 − rating (rating 0, very unsafe, weighs 3). Positive places and unconfirmed drafts never count. Categories, sources and organisations filter the incidents only.</source>
        <translation>De problem som hittats på trygghetsvandringar räknas också i värmekartan, viktade med 3 − betyget (betyg 0, mycket otryggt, väger 3). Positiva platser och obekräftade utkast räknas aldrig. Kategorier, källor och organisationer filtrerar bara händelserna.</translation>
    </message>
    <message>
        <source>The newest data of these organisations or sources is older than the start of the period: they have not reported for it (yet).</source>
        <translation>De här organisationernas eller källornas nyaste uppgifter är äldre än periodens början: de har inte rapporterat för den (ännu).</translation>
    </message>
    <message>
        <source>latest report from %1: %2</source>
        <translation>senaste rapport från %1: %2</translation>
    </message>
    <message>
        <source>These incidents are counted in the statistics and listed in the table, but their place is only a municipality, a county or an area: drawn as points they would make a false hot spot, so the map and the heatmap leave them out.</source>
        <translation>De här händelserna räknas i statistiken och listas i tabellen, men deras plats är bara en kommun, ett län eller ett område: ritade som punkter skulle de skapa en falsk hot spot, så kartan och värmekartan utelämnar dem.</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Sista datum</translation>
    </message>
    <message>
        <source>Double-click an entry to open it.</source>
        <translation>Dubbelklicka på en rad för att öppna den.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Priorities without actions</source>
        <translation>Prioriteringar utan åtgärder</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Actions without a priority or observation</source>
        <translation>Åtgärder utan prioritering eller observation</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Försenade åtgärder</translation>
    </message>
    <message>
        <source>No loose ends: every priority has actions, every action an origin, and nothing is overdue.</source>
        <translation>Inga lösa trådar: varje prioritering har åtgärder, varje åtgärd har ett ursprung och inget är försenat.</translation>
    </message>
    <message numerus="yes">
        <source>%n loose end(s) to take up at the EST meeting.</source>
        <translation>
            <numerusform>%n lös tråd att ta upp på EST-mötet.</numerusform>
            <numerusform>%n lösa trådar att ta upp på EST-mötet.</numerusform>
        </translation>
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
    <name>IdentifyPanel</name>
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
        <source>Nothing here.</source>
        <translation>Inget här.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foton</translation>
    </message>
    <message>
        <source>%1 (click to see it whole)</source>
        <translation>%1 (klicka för att se hela)</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>Import incidents or safety-walk observations from a file</source>
        <translation>Importera händelser eller observationer från trygghetsvandringar från en fil</translation>
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
        <source>Import Running</source>
        <translation>Import pågår</translation>
    </message>
    <message>
        <source>An import is running. Cancel it and quit? Nothing of it will be saved.</source>
        <translation>En import pågår. Avbryta den och avsluta? Inget från den sparas.</translation>
    </message>
    <message>
        <source>%1 will be imported when %2 has been.</source>
        <translation>%1 importeras när %2 är klar.</translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) wait their turn.</source>
        <translation>
            <numerusform>%n fil till väntar på sin tur.</numerusform>
            <numerusform>%n filer till väntar på sin tur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled: %n file(s) waiting were not imported either.</source>
        <translation>
            <numerusform>Importen avbröts: %n väntande fil importerades inte heller.</numerusform>
            <numerusform>Importen avbröts: %n väntande filer importerades inte heller.</numerusform>
        </translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Inget projekt är öppet.</translation>
    </message>
    <message>
        <source>Reading the category values of %1…</source>
        <translation>Läser kategorivärdena i %1…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Kontrollerar %1…</translation>
    </message>
    <message>
        <source>Import Anyway</source>
        <translation>Importera ändå</translation>
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
    <message>
        <source>Import Anyway</source>
        <translation>Importera ändå</translation>
    </message>
    <message>
        <source>Crosswalk</source>
        <translation>Kategorinyckel</translation>
    </message>
    <message>
        <source>Categories in the file</source>
        <translation>Kategorier i filen</translation>
    </message>
    <message>
        <source>Check…</source>
        <translation>Kontrollera…</translation>
    </message>
    <message>
        <source>Check the file and report what an import would do, without changing the project</source>
        <translation>Kontrollera filen och visa vad en import skulle göra, utan att ändra projektet</translation>
    </message>
    <message>
        <source>Automatic: the one that knows the file&apos;s values</source>
        <translation>Automatiskt: den som känner till filens värden</translation>
    </message>
    <message>
        <source>Reading the file&apos;s category values…</source>
        <translation>Läser filens kategorivärden…</translation>
    </message>
    <message>
        <source>Reading the file&apos;s category values was cancelled. Change a column or the crosswalk to read them again.</source>
        <translation>Läsningen av filens kategorivärden avbröts. Ändra en kolumn eller kategorinyckeln för att läsa dem igen.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Source&apos;s event id</source>
        <translation>Källans händelse-id</translation>
    </message>
    <message>
        <source>Place precision</source>
        <translation>Platsprecision</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Platsnamn</translation>
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
    <message>
        <source>only the municipality</source>
        <translation>bara kommunen</translation>
    </message>
    <message>
        <source>only the county</source>
        <translation>bara länet</translation>
    </message>
    <message>
        <source>only an area</source>
        <translation>bara ett område</translation>
    </message>
    <message>
        <source>a street or place</source>
        <translation>en gata eller plats</translation>
    </message>
    <message>
        <source>an address</source>
        <translation>en adress</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message numerus="yes">
        <source>%n left out on purpose</source>
        <translation>
            <numerusform>%n utelämnad med avsikt</numerusform>
            <numerusform>%n utelämnade med avsikt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the project</source>
        <translation>
            <numerusform>%n fanns redan i projektet</numerusform>
            <numerusform>%n fanns redan i projektet</numerusform>
        </translation>
    </message>
    <message>
        <source>Crosswalk</source>
        <translation>Kategorinyckel</translation>
    </message>
    <message>
        <source>Categories read through the crosswalk %1</source>
        <translation>Kategorierna lästes via kategorinyckeln %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out on purpose (kept with the import&apos;s rejects, not errors): %1</source>
        <translation>
            <numerusform>%n rad utelämnades med avsikt (sparad bland importens avvisade rader, inte som fel): %1</numerusform>
            <numerusform>%n rader utelämnades med avsikt (sparade bland importens avvisade rader, inte som fel): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Utelämnade</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) already in the project or twice in the file: not imported again</source>
        <translation>
            <numerusform>%n händelse fanns redan i projektet eller förekom två gånger i filen: importerades inte igen</numerusform>
            <numerusform>%n händelser fanns redan i projektet eller förekom två gånger i filen: importerades inte igen</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Dubbletter</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) have no exact place: counted, but not drawn as points or used in the point analyses. %1</source>
        <translation>
            <numerusform>%n händelse har ingen exakt plats: den räknas, men ritas inte som punkt och används inte i punktanalyserna. %1</numerusform>
            <numerusform>%n händelser har ingen exakt plats: de räknas, men ritas inte som punkter och används inte i punktanalyserna. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Imprecise places</source>
        <translation>Ungefärliga platser</translation>
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
    <name>IncidentForm</name>
    <message>
        <source>Position</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translation>Välj kategori…</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategori</translation>
    </message>
    <message>
        <source>At a time</source>
        <translation>Vid en tidpunkt</translation>
    </message>
    <message>
        <source>Found afterwards: between</source>
        <translation>Upptäckt i efterhand: mellan</translation>
    </message>
    <message>
        <source>For an event discovered later, e.g. between Friday evening and Monday morning</source>
        <translation>För en händelse som upptäcktes senare, t.ex. mellan fredag kväll och måndag morgon</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>and</source>
        <translation>och</translation>
    </message>
    <message>
        <source>Who reported it</source>
        <translation>Vem som rapporterade</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(inte angiven)</translation>
    </message>
    <message>
        <source>&amp;Place type</source>
        <translation>&amp;Platstyp</translation>
    </message>
    <message>
        <source>How many, or how serious: the heatmap and statistics count the incident this many times</source>
        <translation>Hur många eller hur allvarligt: värmekartan och statistiken räknar händelsen så många gånger</translation>
    </message>
    <message>
        <source>Count or &amp;severity</source>
        <translation>Antal eller &amp;allvarlighet</translation>
    </message>
    <message>
        <source>What happened at the place: describe the place and the situation, never persons</source>
        <translation>Vad som hände på platsen: beskriv platsen och situationen, aldrig personer</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beskrivning</translation>
    </message>
    <message>
        <source>Keep the personal data as written (not recommended)</source>
        <translation>Behåll personuppgifterna som de är skrivna (avråds)</translation>
    </message>
    <message>
        <source>Reports describe places and situations, never persons. Personal data makes the project file sensitive and follows the record into every table and export; keep it only when it is really needed.</source>
        <translation>Rapporter beskriver platser och situationer, aldrig personer. Personuppgifter gör projektfilen känslig och följer med posten till varje tabell och export; behåll dem bara när de verkligen behövs.</translation>
    </message>
    <message>
        <source>N %1  E %2 (SWEREF 99 TM)</source>
        <translation>N %1  E %2 (SWEREF 99 TM)</translation>
    </message>
    <message>
        <source>New Incident</source>
        <translation>Ny händelse</translation>
    </message>
    <message>
        <source>Edit Incident</source>
        <translation>Redigera händelse</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Välj en kategori.</translation>
    </message>
    <message>
        <source>The end of the interval is before its start.</source>
        <translation>Intervallets slut ligger före dess början.</translation>
    </message>
    <message>
        <source>The time is in the future.</source>
        <translation>Tidpunkten ligger i framtiden.</translation>
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
    <message>
        <source>under %1 (not shown)</source>
        <translation>under %1 (visas inte)</translation>
    </message>
    <message>
        <source>%1 (peak %2)</source>
        <translation>%1 (högsta %2)</translation>
    </message>
    <message>
        <source>Hot spot 99 %</source>
        <translation>Het punkt 99 %</translation>
    </message>
    <message>
        <source>Hot spot 95 %</source>
        <translation>Het punkt 95 %</translation>
    </message>
    <message>
        <source>Hot spot 90 %</source>
        <translation>Het punkt 90 %</translation>
    </message>
    <message>
        <source>Not significant</source>
        <translation>Inte signifikant</translation>
    </message>
    <message>
        <source>Cold spot 90 %</source>
        <translation>Kall punkt 90 %</translation>
    </message>
    <message>
        <source>Cold spot 95 %</source>
        <translation>Kall punkt 95 %</translation>
    </message>
    <message>
        <source>Cold spot 99 %</source>
        <translation>Kall punkt 99 %</translation>
    </message>
    <message>
        <source>Increase beyond chance</source>
        <translation>Ökning utöver slumpen</translation>
    </message>
    <message>
        <source>Increase within chance</source>
        <translation>Ökning inom slumpen</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Oförändrat</translation>
    </message>
    <message>
        <source>Decrease within chance</source>
        <translation>Minskning inom slumpen</translation>
    </message>
    <message>
        <source>Decrease beyond chance</source>
        <translation>Minskning utöver slumpen</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
</context>
<context>
    <name>LayoutFlow</name>
    <message>
        <source>Could not write %1: the folder %2 does not exist.</source>
        <translation>Kunde inte skriva %1: mappen %2 finns inte.</translation>
    </message>
    <message>
        <source>Could not write %1: it is a folder.</source>
        <translation>Kunde inte skriva %1: det är en mapp.</translation>
    </message>
    <message>
        <source>Could not write %1. Check that the folder exists, that you may write there and that the file is not open in another program.</source>
        <translation>Kunde inte skriva %1. Kontrollera att mappen finns, att du får skriva där och att filen inte är öppen i ett annat program.</translation>
    </message>
    <message>
        <source>Printing was cancelled; nothing was written.</source>
        <translation>Utskriften avbröts; inget skrevs.</translation>
    </message>
    <message>
        <source>There was not enough memory to print %1.</source>
        <translation>Minnet räckte inte för att skriva ut %1.</translation>
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
    <message numerus="yes">
        <source>%n incident(s) lie far outside the municipality and are left out of the heatmap and the statistics (fid %1). Check their coordinates.</source>
        <translation>
            <numerusform>%n händelse ligger långt utanför kommunen och räknas inte med i värmekartan och statistiken (fid %1). Kontrollera koordinaterna.</numerusform>
            <numerusform>%n händelser ligger långt utanför kommunen och räknas inte med i värmekartan och statistiken (fid %1). Kontrollera koordinaterna.</numerusform>
        </translation>
    </message>
    <message>
        <source>Heatmap (%1, with safety-walk observations weighted 3 − rating)</source>
        <translation>Värmekarta (%1, med observationer från trygghetsvandringar viktade med 3 − betyget)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open Project</source>
        <translation>Öppna projekt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
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
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Analys</translation>
    </message>
    <message>
        <source>&amp;Stored Results</source>
        <translation>&amp;Sparade resultat</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Redigering</translation>
    </message>
    <message>
        <source>&amp;Walks</source>
        <translation>&amp;Vandringar</translation>
    </message>
    <message>
        <source>A&amp;ctions</source>
        <translation>Å&amp;tgärder</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Användarhandbok</translation>
    </message>
    <message>
        <source>The Monday lägesbild, importing, categories, analyses, printing, walks, actions and the citizen promise, step by step</source>
        <translation>Måndagens lägesbild, import, kategorier, analyser, utskrift, vandringar, åtgärder och medborgarlöftet, steg för steg</translation>
    </message>
    <message>
        <source>Open shared project</source>
        <translation>Öppna delat projekt</translation>
    </message>
    <message>
        <source>%1 (copy of a shared project) – Tryggkarta</source>
        <translation>%1 (kopia av ett delat projekt) – Tryggkarta</translation>
    </message>
</context>
<context>
    <name>MapController</name>
    <message>
        <source>Zoom to Layer</source>
        <translation>Zooma till lager</translation>
    </message>
    <message>
        <source>Example municipality (synthetic data)</source>
        <translation>Exempelkommun (syntetiska data)</translation>
    </message>
    <message>
        <source>Add Layer</source>
        <translation>Lägg till lager</translation>
    </message>
    <message>
        <source>%1 was not added. %2</source>
        <translation>%1 lades inte till. %2</translation>
    </message>
    <message>
        <source>Zoom Full</source>
        <translation>Visa hela</translation>
    </message>
    <message>
        <source>Show Scale Bar</source>
        <translation>Visa skalstock</translation>
    </message>
    <message>
        <source>Add &amp;Layer…</source>
        <translation>Lägg till &amp;lager…</translation>
    </message>
    <message>
        <source>Show your own map data with the project: a file, a WMS/WMTS service or tiles (not imported)</source>
        <translation>Visa egna kartdata med projektet: en fil, en WMS/WMTS-tjänst eller kartplattor (importeras inte)</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Lager</translation>
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
        <source>Positive places</source>
        <translation>Positiva platser</translation>
    </message>
    <message>
        <source>The layer of positive places could not be loaded.</source>
        <translation>Lagret med positiva platser kunde inte läsas in.</translation>
    </message>
</context>
<context>
    <name>MapSheet</name>
    <message>
        <source>Events per cell</source>
        <translation>Händelser per ruta</translation>
    </message>
    <message>
        <source>events per km² (smoothed from cells)</source>
        <translation>händelser per km² (utjämnat från rutor)</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Täthet</translation>
    </message>
    <message>
        <source>events per km² for the period</source>
        <translation>händelser per km² för perioden</translation>
    </message>
    <message>
        <source>Hot spots (Gi*)</source>
        <translation>Hot spots (Gi*)</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Kluster</translation>
    </message>
</context>
<context>
    <name>MapStateStore</name>
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
        <source>Restore the Map?</source>
        <translation>Återställa kartan?</translation>
    </message>
    <message>
        <source>Tryggkarta ended without closing %1 the last time. The map as it was at %2 (view, filter and layers) was saved automatically but not in the project. Restore it?</source>
        <translation>Tryggkarta avslutades utan att %1 stängdes förra gången. Kartan som den såg ut %2 (utsnitt, filter och lager) sparades automatiskt men inte i projektet. Vill du återställa den?</translation>
    </message>
    <message>
        <source>Save the Map?</source>
        <translation>Spara kartan?</translation>
    </message>
    <message>
        <source>The map of %1 (view, filter, layers and styles) has changed since it was saved. Save it in the project? The data itself (imports, edits, analyses) is already saved.</source>
        <translation>Kartan i %1 (utsnitt, filter, lager och stilar) har ändrats sedan den sparades. Vill du spara den i projektet? Själva datat (importer, ändringar, analyser) är redan sparat.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
</context>
<context>
    <name>MapTools</name>
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
        <source>Measure Distance</source>
        <translation>Mät avstånd</translation>
    </message>
    <message>
        <source>Measure a distance on the ground: click the points, double-click to finish</source>
        <translation>Mät ett avstånd i terrängen: klicka på punkterna, dubbelklicka för att avsluta</translation>
    </message>
    <message>
        <source>Measure Area</source>
        <translation>Mät area</translation>
    </message>
    <message>
        <source>Measure an area on the ground: click its corners, double-click to finish</source>
        <translation>Mät en area i terrängen: klicka på hörnen, dubbelklicka för att avsluta</translation>
    </message>
</context>
<context>
    <name>MeasureTool</name>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <source>%1 ha</source>
        <translation>%1 ha</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 km²</translation>
    </message>
    <message>
        <source>Distance: –</source>
        <translation>Avstånd: –</translation>
    </message>
    <message>
        <source>Distance: %1</source>
        <translation>Avstånd: %1</translation>
    </message>
    <message>
        <source>Last segment: %1</source>
        <translation>Senaste delsträckan: %1</translation>
    </message>
    <message>
        <source>Area: –</source>
        <translation>Area: –</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation>Area: %1</translation>
    </message>
    <message>
        <source>Perimeter: %1</source>
        <translation>Omkrets: %1</translation>
    </message>
    <message>
        <source>Measure area</source>
        <translation>Mät area</translation>
    </message>
    <message>
        <source>Measure distance</source>
        <translation>Mät avstånd</translation>
    </message>
    <message>
        <source>Click on the map to start measuring.</source>
        <translation>Klicka i kartan för att börja mäta.</translation>
    </message>
    <message>
        <source>Click to start a new measurement, Esc clears.</source>
        <translation>Klicka för att börja en ny mätning, Esc rensar.</translation>
    </message>
    <message>
        <source>Click to add points; double-click or right-click to finish.</source>
        <translation>Klicka för att lägga till punkter; dubbelklicka eller högerklicka för att avsluta.</translation>
    </message>
    <message>
        <source>Backspace removes the last point, Esc clears.</source>
        <translation>Backsteg tar bort den senaste punkten, Esc rensar.</translation>
    </message>
</context>
<context>
    <name>MultiActionDialog</name>
    <message numerus="yes">
        <source>Change %n Action(s)</source>
        <translation>
            <numerusform>Ändra %n åtgärd</numerusform>
            <numerusform>Ändra %n åtgärder</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the ticked fields change, in every selected action. Undo (Ctrl+Z) puts them all back.</source>
        <translation>Bara de ikryssade fälten ändras, i alla markerade åtgärder. Ångra (Ctrl+Z) återställer dem alla.</translation>
    </message>
    <message>
        <source>Responsible organisation</source>
        <translation>Ansvarig organisation</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Sista datum</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: no deadline)</source>
        <translation>ÅÅÅÅ-MM-DD (tomt: inget sista datum)</translation>
    </message>
    <message>
        <source>Tick what is to change.</source>
        <translation>Kryssa i det som ska ändras.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write dates as YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; är inte ett datum: skriv datum som ÅÅÅÅ-MM-DD.</translation>
    </message>
</context>
<context>
    <name>MultiEditForm</name>
    <message numerus="yes">
        <source>Edit %n Incident(s)</source>
        <translation>
            <numerusform>Redigera %n händelse</numerusform>
            <numerusform>Redigera %n händelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick the fields to set on all %n selected incident(s). Fields left unticked keep each incident&apos;s own value.</source>
        <translation>
            <numerusform>Kryssa i de fält som ska ändras på den markerade händelsen. Fält utan kryss behåller sitt värde.</numerusform>
            <numerusform>Kryssa i de fält som ska ändras på alla %n markerade händelser. Fält utan kryss behåller varje händelses eget värde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected observation(s) are not changed.</source>
        <translation>
            <numerusform>%n markerad observation ändras inte.</numerusform>
            <numerusform>%n markerade observationer ändras inte.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategori</translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translation>Välj kategori…</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>&amp;Place type</source>
        <translation>&amp;Platstyp</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(inte angiven)</translation>
    </message>
    <message>
        <source>Count or &amp;severity</source>
        <translation>Antal eller &amp;allvarlighet</translation>
    </message>
    <message>
        <source>Tick at least one field to change, or cancel.</source>
        <translation>Kryssa i minst ett fält att ändra, eller avbryt.</translation>
    </message>
    <message>
        <source>Choose the category to set.</source>
        <translation>Välj vilken kategori som ska sättas.</translation>
    </message>
</context>
<context>
    <name>NewCategoryDialog</name>
    <message>
        <source>New Category</source>
        <translation>Ny kategori</translation>
    </message>
    <message>
        <source>optional: the Swedish name is used</source>
        <translation>valfritt: annars används det svenska namnet</translation>
    </message>
    <message>
        <source>The code the project and its files use: a–z, 0–9 and _</source>
        <translation>Koden som projektet och dess filer använder: a–z, 0–9 och _</translation>
    </message>
    <message>
        <source>Swedish name</source>
        <translation>Svenskt namn</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Engelskt namn</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Färg</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Colour of the Category</source>
        <translation>Kategorins färg</translation>
    </message>
</context>
<context>
    <name>ObservationForm</name>
    <message>
        <source>Position</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Choose the walk…</source>
        <translation>Välj vandring…</translation>
    </message>
    <message>
        <source>Safety &amp;walk</source>
        <translation>Trygghets&amp;vandring</translation>
    </message>
    <message>
        <source>Choose what it is about…</source>
        <translation>Välj vad den gäller…</translation>
    </message>
    <message>
        <source>&amp;Checklist item</source>
        <translation>&amp;Tema i checklistan</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(inte angiven)</translation>
    </message>
    <message>
        <source>A problem: the place feels unsafe</source>
        <translation>Ett problem: platsen känns otrygg</translation>
    </message>
    <message>
        <source>A good place: it feels safe</source>
        <translation>En bra plats: den känns trygg</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>&amp;Bedömning</translation>
    </message>
    <message>
        <source>(not rated)</source>
        <translation>(inget betyg)</translation>
    </message>
    <message>
        <source>0 – very poor</source>
        <translation>0 – mycket dåligt</translation>
    </message>
    <message>
        <source>1 – poor</source>
        <translation>1 – dåligt</translation>
    </message>
    <message>
        <source>2 – fair</source>
        <translation>2 – godtagbart</translation>
    </message>
    <message>
        <source>3 – good</source>
        <translation>3 – bra</translation>
    </message>
    <message>
        <source>&amp;Rating</source>
        <translation>Be&amp;tyg</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Känd</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observerad</translation>
    </message>
    <message>
        <source>What makes the place feel safe or unsafe</source>
        <translation>Vad som gör att platsen känns trygg eller otrygg</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Anteckning</translation>
    </message>
    <message>
        <source>What should be done, e.g. prune the bushes, repair the lamp</source>
        <translation>Vad som bör göras, t.ex. beskära buskarna, laga lampan</translation>
    </message>
    <message>
        <source>Proposed a&amp;ction</source>
        <translation>&amp;Förslag till åtgärd</translation>
    </message>
    <message>
        <source>New Safety-Walk Observation</source>
        <translation>Ny observation från trygghetsvandring</translation>
    </message>
    <message>
        <source>Edit Safety-Walk Observation</source>
        <translation>Redigera observation från trygghetsvandring</translation>
    </message>
    <message>
        <source>(no walk)</source>
        <translation>(ingen vandring)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(inget)</translation>
    </message>
    <message>
        <source>The project has no safety walks yet: import the walk first.</source>
        <translation>Projektet har inga trygghetsvandringar än: importera vandringen först.</translation>
    </message>
    <message>
        <source>Choose the safety walk the observation was made on.</source>
        <translation>Välj den trygghetsvandring där observationen gjordes.</translation>
    </message>
    <message>
        <source>Choose the checklist item the observation is about.</source>
        <translation>Välj det tema i checklistan som observationen gäller.</translation>
    </message>
</context>
<context>
    <name>OpenSharedDialog</name>
    <message>
        <source>Open shared project</source>
        <translation>Öppna delat projekt</translation>
    </message>
    <message>
        <source>The EST group&apos;s shared PostgreSQL database. Give a service from pg_service.conf, or the server, its database and your login. You work in an offline copy on this computer; it is synchronised with the database.</source>
        <translation>EST-gruppens delade PostgreSQL-databas. Ange en tjänst från pg_service.conf, eller servern, databasen och din inloggning. Du arbetar i en offlinekopia på den här datorn; den synkroniseras med databasen.</translation>
    </message>
    <message>
        <source>e.g. est (from pg_service.conf)</source>
        <translation>t.ex. est (från pg_service.conf)</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Tjänst:</translation>
    </message>
    <message>
        <source>server name or address</source>
        <translation>serverns namn eller adress</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Databas:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Inloggning:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Lösenord:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Offline copy:</source>
        <translation>Offlinekopia:</translation>
    </message>
    <message>
        <source>The password is kept in QGIS&apos;s authentication database (or in ~/.pgpass or the service file), never in the project file.</source>
        <translation>Lösenordet sparas i QGIS autentiseringsdatabas (eller i ~/.pgpass eller tjänstefilen), aldrig i projektfilen.</translation>
    </message>
    <message>
        <source>Offline copy</source>
        <translation>Offlinekopia</translation>
    </message>
    <message>
        <source>Tryggkarta project (*.gpkg)</source>
        <translation>Tryggkarta-projekt (*.gpkg)</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>&amp;Print Map…</source>
        <translation>Skriv &amp;ut karta…</translation>
    </message>
    <message>
        <source>Print the map as it is shown, with the filter and the heatmap, to a PDF</source>
        <translation>Skriv ut kartan som den visas, med filtret och värmekartan, till en PDF</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Inget projekt är öppet.</translation>
    </message>
    <message>
        <source>Print Map</source>
        <translation>Skriv ut karta</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printed to %1</source>
        <translation>Utskriven till %1</translation>
    </message>
    <message>
        <source>%1 made for: %2 The map&apos;s filter: %3</source>
        <translation>%1 gjordes för: %2 Kartans filter: %3</translation>
    </message>
    <message>
        <source>%1 on the map was made for another selection than the filter&apos;s. Print it with its own period in the title, or compute it again for the filter (for this print; the stored result stays as it is)?</source>
        <translation>%1 på kartan gjordes för ett annat urval än filtrets. Skriva ut det med sin egen period i rubriken, eller beräkna om det för filtret (för den här utskriften; det sparade resultatet lämnas som det är)?</translation>
    </message>
    <message>
        <source>Print With Its Own Period</source>
        <translation>Skriv ut med dess egen period</translation>
    </message>
    <message>
        <source>Compute Again for the Filter</source>
        <translation>Beräkna om för filtret</translation>
    </message>
    <message>
        <source>Put the Print &amp;Templates in the Project</source>
        <translation>Lägg in utskrifts&amp;mallarna i projektet</translation>
    </message>
    <message>
        <source>Adds the four print templates to the project&apos;s layouts, so they can be edited in QGIS Desktop (Project → Layouts) once the map is saved; the edited versions are used from then on</source>
        <translation>Lägger till de fyra utskriftsmallarna bland projektets layouter, så att de kan redigeras i QGIS Desktop (Projekt → Layouter) när kartan har sparats; de redigerade versionerna används därefter</translation>
    </message>
    <message>
        <source>The project has all the print templates already.</source>
        <translation>Projektet har redan alla utskriftsmallar.</translation>
    </message>
    <message>
        <source>Added %1. Save the map to keep them.</source>
        <translation>Lade till %1. Spara kartan för att behålla dem.</translation>
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
    <message>
        <source>Analysis</source>
        <translation>Analys</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karta</translation>
    </message>
</context>
<context>
    <name>PrintMapDialog</name>
    <message>
        <source>Print Map</source>
        <translation>Skriv ut karta</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>Skriv ut till PDF…</translation>
    </message>
    <message>
        <source>%1 (the project&apos;s version)</source>
        <translation>%1 (projektets version)</translation>
    </message>
    <message>
        <source>For publishing outside the EST group</source>
        <translation>För publicering utanför EST-gruppen</translation>
    </message>
    <message>
        <source>Aggregated to cells, counts below the project&apos;s smallest published count hidden, no points, no free text; the heatmap&apos;s radius is not printed.</source>
        <translation>Aggregerat till rutor, antal under projektets minsta publicerade antal dolda, inga punkter, ingen fritext; värmekartans radie skrivs inte ut.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Underrubrik</translation>
    </message>
    <message>
        <source>Preview of the printed sheet</source>
        <translation>Förhandsvisning av utskriften</translation>
    </message>
</context>
<context>
    <name>PrintTemplates</name>
    <message>
        <source>Could not write %1.</source>
        <translation>Kunde inte skriva %1.</translation>
    </message>
</context>
<context>
    <name>PrioritiesPanel</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>Alla perioder</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Nothing acts on this priority yet.</source>
        <translation>Inga åtgärder är kopplade till den här prioriteringen ännu.</translation>
    </message>
    <message>
        <source>Priorities: %1</source>
        <translation>Prioriteringar: %1</translation>
    </message>
</context>
<context>
    <name>PriorityForm</name>
    <message>
        <source>Priority %1</source>
        <translation>Prioritering %1</translation>
    </message>
    <message>
        <source>New Priority</source>
        <translation>Ny prioritering</translation>
    </message>
    <message>
        <source>(own dates)</source>
        <translation>(egna datum)</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>e.g. T3 2026</source>
        <translation>t.ex. T3 2026</translation>
    </message>
    <message>
        <source>Label and dates</source>
        <translation>Benämning och datum</translation>
    </message>
    <message>
        <source>(no rank)</source>
        <translation>(ingen rang)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>(choose an area)</source>
        <translation>(välj ett område)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>The problem in words: what, where, when (required)</source>
        <translation>Problemet i ord: vad, var, när (obligatoriskt)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Categories (none: all)</source>
        <translation>Kategorier (inga: alla)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Fill in the Figures</source>
        <translation>Fyll i nyckeltalen</translation>
    </message>
    <message>
        <source>The area&apos;s events in the period against the previous period and a year before, and its rank among the areas</source>
        <translation>Områdets händelser under perioden jämfört med föregående period och ett år tidigare, och dess rang bland områdena</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Why it happens here: place, situation, environment (never persons)</source>
        <translation>Varför det händer här: plats, situation, miljö (aldrig personer)</translation>
    </message>
    <message>
        <source>Cause analysis</source>
        <translation>Orsaksanalys</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Describe the problem.</source>
        <translation>Beskriv problemet.</translation>
    </message>
    <message>
        <source>Choose the area.</source>
        <translation>Välj området.</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nytt projekt…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Öppna projekt…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Öppna s&amp;enaste</translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation>Öppna &amp;demoprojektet</translation>
    </message>
    <message>
        <source>Open Exempelkommun, a made-up town with synthetic events</source>
        <translation>Öppna Exempelkommun, en påhittad ort med syntetiska händelser</translation>
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
        <source>Save &amp;As…</source>
        <translation>Spara &amp;som…</translation>
    </message>
    <message>
        <source>Save the project, its data and the map, as a new file</source>
        <translation>Spara projektet, både data och karta, som en ny fil</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>S&amp;täng projekt</translation>
    </message>
    <message>
        <source>An import is running. Wait for it to finish or cancel it before opening another project.</source>
        <translation>En import pågår. Vänta tills den är klar eller avbryt den innan du öppnar ett annat projekt.</translation>
    </message>
    <message>
        <source>An analysis of the open project did not stop. Try again when it has finished.</source>
        <translation>En analys i det öppna projektet slutade inte. Försök igen när den är klar.</translation>
    </message>
    <message>
        <source>The project was updated to the current file format; the original was saved as %1.</source>
        <translation>Projektet uppdaterades till det nuvarande filformatet; originalet sparades som %1.</translation>
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
        <source>An analysis is running and will store its result in %1. Save As when it has finished.</source>
        <translation>En analys pågår och sparar sitt resultat i %1. Spara som när den är klar.</translation>
    </message>
    <message>
        <source>%1 cannot be read to copy it.</source>
        <translation>%1 kan inte läsas för att kopieras.</translation>
    </message>
    <message>
        <source>%1 exists and cannot be replaced.</source>
        <translation>%1 finns redan och kan inte ersättas.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Öppna projekt</translation>
    </message>
    <message>
        <source>Creating the demo project…</source>
        <translation>Skapar demoprojektet…</translation>
    </message>
    <message>
        <source>Open the Demo</source>
        <translation>Öppna demoprojektet</translation>
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
        <source>Save Project As</source>
        <translation>Spara projekt som</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Sparat som %1</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Inga senaste projekt</translation>
    </message>
    <message>
        <source>Could not save the project as %1: %2
Nothing changed: the project open is still %3.</source>
        <translation>Kunde inte spara projektet som %1: %2
Ingenting ändrades: projektet som är öppet är fortfarande %3.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 på %2</translation>
    </message>
    <message>
        <source>Project Open Elsewhere</source>
        <translation>Projektet är öppet på annat håll</translation>
    </message>
    <message>
        <source>%1 is open in Tryggkarta by %2 since %3. If it is still open there, close it there first: two computers writing the same file can lose each other&apos;s changes.

If that computer crashed or was switched off with the project open, the lock it left can be broken. Break the lock and open the project here?</source>
        <translation>%1 är öppet i Tryggkarta hos %2 sedan %3. Om det fortfarande är öppet där, stäng det där först: två datorer som skriver i samma fil kan förlora varandras ändringar.

Om den datorn kraschade eller stängdes av med projektet öppet kan låset den lämnade brytas. Vill du bryta låset och öppna projektet här?</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled; nothing was changed.</source>
        <translation>Öppnandet av %1 avbröts; inget ändrades.</translation>
    </message>
    <message>
        <source>Another project is being opened. Wait for it, or cancel it.</source>
        <translation>Ett annat projekt håller på att öppnas. Vänta på det, eller avbryt det.</translation>
    </message>
    <message>
        <source>Not saved: the check of the project file was cancelled.</source>
        <translation>Inte sparat: kontrollen av projektfilen avbröts.</translation>
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
    <message>
        <source>Exact</source>
        <translation>Exakt</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Street or place</source>
        <translation>Gata eller plats</translation>
    </message>
    <message>
        <source>Only an area</source>
        <translation>Bara ett område</translation>
    </message>
    <message>
        <source>Only the municipality</source>
        <translation>Bara kommunen</translation>
    </message>
    <message>
        <source>Only the county</source>
        <translation>Bara länet</translation>
    </message>
    <message>
        <source>Place precision</source>
        <translation>Platsprecision</translation>
    </message>
    <message>
        <source>Event id in its source</source>
        <translation>Händelse-id i källan</translation>
    </message>
    <message>
        <source>Precision given (by the file or by hand)</source>
        <translation>Precisionen angiven (i filen eller för hand)</translation>
    </message>
</context>
<context>
    <name>ProjectLock</name>
    <message>
        <source>(unknown)</source>
        <translation>(okänd)</translation>
    </message>
    <message>
        <source>Tryggkarta ended without closing %1 (process %2 on this computer, open since %3); its lock was taken over.</source>
        <translation>Tryggkarta avslutades utan att stänga %1 (process %2 på den här datorn, öppet sedan %3); dess lås har tagits över.</translation>
    </message>
    <message>
        <source>%1 on the computer %2</source>
        <translation>%1 på datorn %2</translation>
    </message>
    <message>
        <source>the computer %1</source>
        <translation>datorn %1</translation>
    </message>
    <message>
        <source>%1 is already open in Tryggkarta by %2 (process %3) since %4. Close it there first: two windows writing the same project file could overwrite each other&apos;s changes.</source>
        <translation>%1 är redan öppet i Tryggkarta hos %2 (process %3) sedan %4. Stäng det där först: två fönster som skriver i samma projektfil kan skriva över varandras ändringar.</translation>
    </message>
</context>
<context>
    <name>ProjectRecovery</name>
    <message>
        <source>&amp;Recover Data From a Project…</source>
        <translation>&amp;Rädda data ur ett projekt…</translation>
    </message>
    <message>
        <source>Copy every row that can still be read from a damaged project into a new project</source>
        <translation>Kopiera varje rad som fortfarande går att läsa ur ett skadat projekt till ett nytt projekt</translation>
    </message>
    <message>
        <source>Recover Data copies every row that can still be read into a new project and tells what could not be read. The damaged file is only read.</source>
        <translation>Rädda data kopierar varje rad som fortfarande går att läsa till ett nytt projekt och berättar vad som inte gick att läsa. Den skadade filen läses bara, den ändras inte.</translation>
    </message>
    <message>
        <source>Damaged Project</source>
        <translation>Skadat projekt</translation>
    </message>
    <message>
        <source>Recover Data…</source>
        <translation>Rädda data…</translation>
    </message>
    <message>
        <source>-recovered</source>
        <translation>-räddad</translation>
    </message>
    <message>
        <source>Recovering %1…</source>
        <translation>Räddar data ur %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Recover Data</source>
        <translation>Rädda data</translation>
    </message>
    <message>
        <source>%1 was recovered into %2; the damaged file was not changed.</source>
        <translation>Data ur %1 har räddats till %2; den skadade filen ändrades inte.</translation>
    </message>
    <message>
        <source>Every row was copied.</source>
        <translation>Varje rad kopierades.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) copied</source>
        <translation>
            <numerusform>%1: %n rad kopierad</numerusform>
            <numerusform>%1: %n rader kopierade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n could not be read</source>
        <translation>
            <numerusform>, %n gick inte att läsa</numerusform>
            <numerusform>, %n gick inte att läsa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n refused by the new project</source>
        <translation>
            <numerusform>, %n avvisades av det nya projektet</numerusform>
            <numerusform>, %n avvisades av det nya projektet</numerusform>
        </translation>
    </message>
    <message>
        <source>Recover Data From a Project</source>
        <translation>Rädda data ur ett projekt</translation>
    </message>
    <message>
        <source>Tryggkarta project (*.gpkg);;All files (*)</source>
        <translation>Tryggkarta-projekt (*.gpkg);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Save the Recovered Project As</source>
        <translation>Spara det räddade projektet som</translation>
    </message>
    <message>
        <source>Tryggkarta project (*.gpkg)</source>
        <translation>Tryggkarta-projekt (*.gpkg)</translation>
    </message>
    <message>
        <source>Choose a new file for the recovered project: %1 is the damaged project or the project that is open.</source>
        <translation>Välj en ny fil för det räddade projektet: %1 är det skadade projektet eller projektet som är öppet.</translation>
    </message>
    <message>
        <source>%1 exists and cannot be replaced.</source>
        <translation>%1 finns redan och kan inte ersättas.</translation>
    </message>
    <message>
        <source>Open the new project now?</source>
        <translation>Öppna det nya projektet nu?</translation>
    </message>
    <message>
        <source>Checking the project file for damage before writing to it…</source>
        <translation>Kontrollerar projektfilen efter skador innan något skrivs i den…</translation>
    </message>
    <message>
        <source>Checking the Project</source>
        <translation>Kontrollerar projektet</translation>
    </message>
</context>
<context>
    <name>PromisesDialog</name>
    <message>
        <source>Citizen promise</source>
        <translation>Medborgarlöfte</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>a role, e.g. lokalpolisområdeschef (never a name)</source>
        <translation>en roll, t.ex. lokalpolisområdeschef (aldrig ett namn)</translation>
    </message>
    <message>
        <source>a role, e.g. kommunstyrelsens ordförande (never a name)</source>
        <translation>en roll, t.ex. kommunstyrelsens ordförande (aldrig ett namn)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Undertecknat</translation>
    </message>
    <message>
        <source>Signed for the police by</source>
        <translation>Undertecknat för polisen av</translation>
    </message>
    <message>
        <source>Signed for the municipality by</source>
        <translation>Undertecknat för kommunen av</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Builds on the lägesbild</source>
        <translation>Bygger på lägesbilden</translation>
    </message>
    <message>
        <source>Save the promise</source>
        <translation>Spara löftet</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Utlovat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Add activity…</source>
        <translation>Lägg till aktivitet…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Status…</source>
        <translation>Status…</translation>
    </message>
    <message>
        <source>Link a walk…</source>
        <translation>Koppla en vandring…</translation>
    </message>
    <message>
        <source>Link an action…</source>
        <translation>Koppla en åtgärd…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Promise and activities</source>
        <translation>Löfte och aktiviteter</translation>
    </message>
    <message>
        <source>Public variant (plain Swedish, no internal notes, small counts hidden)</source>
        <translation>Publik version (klarspråk, inga interna anteckningar, små antal dolda)</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>Skriv ut till PDF…</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Save the promise first.</source>
        <translation>Spara löftet först.</translation>
    </message>
    <message>
        <source>There is no citizen promise for %1 yet.</source>
        <translation>Det finns inget medborgarlöfte för %1 ännu.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>linked walks and actions done, of the number promised</source>
        <translation>kopplade vandringar och åtgärder som är genomförda, av antalet utlovade</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Ny aktivitet</translation>
    </message>
    <message>
        <source>once (not counted)</source>
        <translation>en gång (räknas inte)</translation>
    </message>
    <message>
        <source>(no area)</source>
        <translation>(inget område)</translation>
    </message>
    <message>
        <source>Times promised</source>
        <translation>Antal gånger utlovat</translation>
    </message>
    <message>
        <source>Planned from</source>
        <translation>Planerad från</translation>
    </message>
    <message>
        <source>Planned until</source>
        <translation>Planerad till</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Description (public)</source>
        <translation>Beskrivning (publik)</translation>
    </message>
    <message>
        <source>Note (internal)</source>
        <translation>Anteckning (intern)</translation>
    </message>
    <message>
        <source>Choose an activity first.</source>
        <translation>Välj en aktivitet först.</translation>
    </message>
    <message>
        <source>The project has no safety walks.</source>
        <translation>Projektet har inga trygghetsvandringar.</translation>
    </message>
    <message>
        <source>The project has no actions.</source>
        <translation>Projektet har inga åtgärder.</translation>
    </message>
    <message>
        <source>Link a walk</source>
        <translation>Koppla en vandring</translation>
    </message>
    <message>
        <source>Link an action</source>
        <translation>Koppla en åtgärd</translation>
    </message>
    <message>
        <source>Safety walk</source>
        <translation>Trygghetsvandring</translation>
    </message>
    <message>
        <source>Action or intervention</source>
        <translation>Åtgärd eller insats</translation>
    </message>
    <message>
        <source>Status of the activity</source>
        <translation>Aktivitetens status</translation>
    </message>
    <message>
        <source>Done on (YYYY-MM-DD)</source>
        <translation>Genomförd den (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>Print the follow-up</source>
        <translation>Skriv ut uppföljningen</translation>
    </message>
    <message>
        <source>medborgarlofte-%1%2.pdf</source>
        <translation>medborgarlofte-%1%2.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej till alla</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Spara inte</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Spara inte</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Stäng utan att spara</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ångra: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gör om: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Select an incident or observation to edit it.</source>
        <translation>Markera en händelse eller observation för att redigera den.</translation>
    </message>
    <message>
        <source>Observations are edited one at a time: select one.</source>
        <translation>Observationer redigeras en i taget: markera en.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected record(s)? Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>Ta bort den markerade posten? Ångra (Ctrl+Z) tar tillbaka den.</numerusform>
            <numerusform>Ta bort de %n markerade posterna? Ångra (Ctrl+Z) tar tillbaka dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project cannot be edited now.</source>
        <translation>Projektet kan inte redigeras just nu.</translation>
    </message>
    <message>
        <source>Add Incident</source>
        <translation>Lägg till händelse</translation>
    </message>
    <message>
        <source>Add Observation</source>
        <translation>Lägg till observation</translation>
    </message>
    <message>
        <source>Edit Incident</source>
        <translation>Redigera händelse</translation>
    </message>
    <message>
        <source>Edit Observation</source>
        <translation>Redigera observation</translation>
    </message>
    <message numerus="yes">
        <source>Change %n Incident(s)</source>
        <translation>
            <numerusform>Ändra %n händelse</numerusform>
            <numerusform>Ändra %n händelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n Record(s)</source>
        <translation>
            <numerusform>Flytta %n post</numerusform>
            <numerusform>Flytta %n poster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Record(s)</source>
        <translation>
            <numerusform>Ta bort %n post</numerusform>
            <numerusform>Ta bort %n poster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted. Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>%n post borttagen. Ångra (Ctrl+Z) tar tillbaka den.</numerusform>
            <numerusform>%n poster borttagna. Ångra (Ctrl+Z) tar tillbaka dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>This step cannot be undone or redone: %1</source>
        <translation>Steget kan inte ångras eller göras om: %1</translation>
    </message>
</context>
<context>
    <name>RecordWalkDialog</name>
    <message>
        <source>Record the Walk</source>
        <translation>Registrera vandringen</translation>
    </message>
    <message>
        <source>← &amp;Previous</source>
        <translation>← &amp;Föregående</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Nästa →</translation>
    </message>
    <message>
        <source>Light when recorded:</source>
        <translation>Ljus vid registreringen:</translation>
    </message>
    <message>
        <source>Drafts from photos, to confirm</source>
        <translation>Utkast från foton, att bekräfta</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bekräfta</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Save and Close</source>
        <translation>Spara och stäng</translation>
    </message>
    <message>
        <source>Save the Stop</source>
        <translation>Spara stoppet</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(inte angivet)</translation>
    </message>
    <message numerus="yes">
        <source> (%n photo(s))</source>
        <translation>
            <numerusform> (%n foto)</numerusform>
            <numerusform> (%n foton)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>Stopp %1</translation>
    </message>
    <message>
        <source>No stop</source>
        <translation>Inget stopp</translation>
    </message>
    <message>
        <source>The walk has no stops</source>
        <translation>Vandringen har inga stopp</translation>
    </message>
    <message>
        <source>Plan its stops first (the Stops tab of the walk, or Suggest a Route).</source>
        <translation>Planera stoppen först (fliken Stopp för vandringen, eller Föreslå rutt).</translation>
    </message>
    <message>
        <source>Stop %1 of %2: %3</source>
        <translation>Stopp %1 av %2: %3</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <source>Also recorded here (edit on the map): %1</source>
        <translation>Även registrerat här (redigera på kartan): %1</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>inget betyg</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Inget betyg</translation>
    </message>
    <message>
        <source>0 – very poor</source>
        <translation>0 – mycket dåligt</translation>
    </message>
    <message>
        <source>1 – poor</source>
        <translation>1 – dåligt</translation>
    </message>
    <message>
        <source>2 – fair</source>
        <translation>2 – godtagbart</translation>
    </message>
    <message>
        <source>3 – good</source>
        <translation>3 – bra</translation>
    </message>
    <message>
        <source>A problem</source>
        <translation>Ett problem</translation>
    </message>
    <message>
        <source>A good place</source>
        <translation>En bra plats</translation>
    </message>
    <message>
        <source>Make an Action</source>
        <translation>Gör till åtgärd</translation>
    </message>
    <message>
        <source>Make the proposed action a real action (status proposed) in the action list</source>
        <translation>Gör förslaget till en riktig åtgärd (status föreslagen) i åtgärdslistan</translation>
    </message>
    <message>
        <source>Action made</source>
        <translation>Åtgärd skapad</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Vad som sågs</translation>
    </message>
    <message>
        <source>Proposed action</source>
        <translation>Förslag till åtgärd</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>The project cannot be edited now.</source>
        <translation>Projektet kan inte redigeras just nu.</translation>
    </message>
    <message>
        <source>Record Stop %1</source>
        <translation>Registrera stopp %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Action Made</source>
        <translation>Åtgärd skapad</translation>
    </message>
    <message>
        <source>Action no. %1 was made from the proposed action (status: proposed). It is followed up in the project&apos;s action list.</source>
        <translation>Åtgärd nr %1 skapades från förslaget (status: föreslagen). Den följs upp i projektets åtgärdslista.</translation>
    </message>
    <message>
        <source>Write a proposed action for %1 first.</source>
        <translation>Skriv först ett förslag till åtgärd för %1.</translation>
    </message>
    <message>
        <source>When the proposed action should be done</source>
        <translation>När den föreslagna åtgärden ska vara gjord</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Sista datum</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>0 to %1 events per hour of the week (intervals spread over their hours)%2</source>
        <translation>0 till %1 händelser per timme i veckan (intervall fördelade över sina timmar)%2</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Perioden</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Föregående period</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Samma period i fjol</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <source>Situational picture %1</source>
        <translation>Lägesbild %1</translation>
    </message>
    <message>
        <source>1. Summary</source>
        <translation>1. Sammanfattning</translation>
    </message>
    <message>
        <source>%1 events were reported in %2 (%3), against %4 in the previous period and %5 in the same period last year.</source>
        <translation>%1 händelser rapporterades %2 (%3), mot %4 föregående period och %5 samma period i fjol.</translation>
    </message>
    <message>
        <source>No change stands out: no category or area changed more than chance would explain.</source>
        <translation>Ingen förändring sticker ut: ingen kategori eller inget område förändrades mer än slumpen kan förklara.</translation>
    </message>
    <message>
        <source>Areas with the most events: %1.</source>
        <translation>Områden med flest händelser: %1.</translation>
    </message>
    <message>
        <source>2. The mapping of crime and insecurity</source>
        <translation>2. Kartläggning av brott och otrygghet</translation>
    </message>
    <message>
        <source>Overview map</source>
        <translation>Översiktskarta</translation>
    </message>
    <message>
        <source>All categories, aggregated</source>
        <translation>Alla kategorier, aggregerade</translation>
    </message>
    <message>
        <source>All categories: heatmap</source>
        <translation>Alla kategorier: värmekarta</translation>
    </message>
    <message>
        <source>Events per category</source>
        <translation>Händelser per kategori</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Föreg.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>I fjol</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Change in the rate of events; * marks a change larger than chance explains (exact Poisson test, false discovery rate %1 % over the table)%2.</source>
        <translation>Förändring i antal händelser per tidsenhet; * markerar en förändring större än slumpen förklarar (exakt Poisson-test, FDR %1 % över tabellen)%2.</translation>
    </message>
    <message>
        <source>Hour of the week</source>
        <translation>Veckans timmar</translation>
    </message>
    <message>
        <source>Weekly trend</source>
        <translation>Veckotrend</translation>
    </message>
    <message>
        <source>Events per ISO week; the dark bars are the report&apos;s period.</source>
        <translation>Händelser per ISO-vecka; de mörka staplarna är rapportens period.</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Områden</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Per km²</source>
        <translation>Per km²</translation>
    </message>
    <message numerus="yes">
        <source>%n events lie in no area.</source>
        <translation>
            <numerusform>%n händelse ligger inte i något område.</numerusform>
            <numerusform>%n händelser ligger inte i något område.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reporting per organisation</source>
        <translation>Rapportering per organisation</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>Weeks reported</source>
        <translation>Veckor med rapport</translation>
    </message>
    <message>
        <source>Latest report</source>
        <translation>Senaste rapport</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(ej angiven)</translation>
    </message>
    <message>
        <source>Maps per category group</source>
        <translation>Kartor per kategorigrupp</translation>
    </message>
    <message>
        <source>3. Other relevant information</source>
        <translation>3. Annan relevant information</translation>
    </message>
    <message>
        <source>Safety walks</source>
        <translation>Trygghetsvandringar</translation>
    </message>
    <message>
        <source>No safety walk was held in the period.</source>
        <translation>Ingen trygghetsvandring hölls under perioden.</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Vandring</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ljus</translation>
    </message>
    <message>
        <source>Unsafe / good</source>
        <translation>Otrygga / bra</translation>
    </message>
    <message>
        <source>Found most often</source>
        <translation>Vanligast</translation>
    </message>
    <message>
        <source>Walk %1</source>
        <translation>Vandring %1</translation>
    </message>
    <message>
        <source>The coordinator&apos;s notes</source>
        <translation>Samordnarens anteckningar</translation>
    </message>
    <message>
        <source>Notes are not published.</source>
        <translation>Anteckningar publiceras inte.</translation>
    </message>
    <message>
        <source>No notes for this period.</source>
        <translation>Inga anteckningar för perioden.</translation>
    </message>
    <message>
        <source>4. Analysis</source>
        <translation>4. Analys</translation>
    </message>
    <message>
        <source>Hot spots</source>
        <translation>Hot spots</translation>
    </message>
    <message>
        <source>%1. Hot cells: %2 at 99 %, %3 at 95 %, %4 at 90 %; cold cells: %5, %6, %7.</source>
        <translation>%1. Heta celler: %2 på 99 %, %3 på 95 %, %4 på 90 %; kalla celler: %5, %6, %7.</translation>
    </message>
    <message>
        <source>Hot spots lie in: %1.</source>
        <translation>Hot spots ligger i: %1.</translation>
    </message>
    <message>
        <source>Hot spots (Gi*)</source>
        <translation>Hot spots (Gi*)</translation>
    </message>
    <message>
        <source>No hot-spot analysis: too few events in the period (see the limits below).</source>
        <translation>Ingen hot spot-analys: för få händelser under perioden (se begränsningarna nedan).</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Kluster</translation>
    </message>
    <message>
        <source>%1: %2 clusters with %3 events in all%4.</source>
        <translation>%1: %2 kluster med sammanlagt %3 händelser%4.</translation>
    </message>
    <message>
        <source>; the largest: %1</source>
        <translation>; de största: %1</translation>
    </message>
    <message>
        <source>No cluster analysis for the period.</source>
        <translation>Ingen klusteranalys för perioden.</translation>
    </message>
    <message>
        <source>Sources and their limits</source>
        <translation>Källor och deras begränsningar</translation>
    </message>
    <message>
        <source>Sources: %1. Data extracted %2.</source>
        <translation>Källor: %1. Uttag %2.</translation>
    </message>
    <message>
        <source>5. Follow-up</source>
        <translation>5. Uppföljning</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Försenade åtgärder</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>(not published)</source>
        <translation>(publiceras inte)</translation>
    </message>
    <message>
        <source>Could not write %1: the folder does not exist.</source>
        <translation>Kunde inte skriva %1: mappen finns inte.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunde inte skriva %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Kunde inte skriva %1.</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation>Område: %1</translation>
    </message>
    <message>
        <source>Data extracted %1</source>
        <translation>Uttag %1</translation>
    </message>
    <message>
        <source>Made with Tryggkarta</source>
        <translation>Framtagen med Tryggkarta</translation>
    </message>
    <message>
        <source>A situational picture under the Act on municipalities&apos; responsibility for crime prevention (2023:196), 4 §: a mapping of crime and insecurity, its extent and consequences, other relevant information and an analysis, followed by the follow-up of actions.</source>
        <translation>En lägesbild enligt lagen om kommuners ansvar för brottsförebyggande arbete (2023:196), 4 §: en kartläggning av brott och otrygghet, deras omfattning och konsekvenser, annan relevant information och en analys, följd av uppföljningen av åtgärder.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>The report was cancelled; nothing was written.</source>
        <translation>Rapporten avbröts; inget skrevs.</translation>
    </message>
    <message>
        <source>Hot spots are not published: the aggregated maps show where events gather.</source>
        <translation>Hot spots publiceras inte: de aggregerade kartorna visar var händelserna samlas.</translation>
    </message>
    <message>
        <source>No events of these categories in the period.</source>
        <translation>Inga händelser i dessa kategorier under perioden.</translation>
    </message>
    <message>
        <source>; hatched: not published (fewer than %1 events, or hidden so that none can be worked out)</source>
        <translation>; streckat: publiceras inte (färre än %1 händelser, eller dolt så att inget kan räknas fram)</translation>
    </message>
    <message>
        <source>; &lt;%1: fewer than %1 events, not shown; x: hidden so that no smaller count can be worked out from the sums</source>
        <translation>; &lt;%1: färre än %1 händelser, visas inte; x: dolt så att inget mindre antal kan räknas fram ur summorna</translation>
    </message>
    <message>
        <source>No actions are recorded in the project yet.</source>
        <translation>Inga åtgärder är registrerade i projektet ännu.</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Prioriteringar</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Problem and goal</source>
        <translation>Problem och mål</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>Genomförda åtgärder</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Mål: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Interventions and their evaluation</source>
        <translation>Insatser och deras utvärdering</translation>
    </message>
    <message>
        <source>No intervention (insats) is recorded in the project for the period.</source>
        <translation>Ingen insats är registrerad i projektet för perioden.</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Utvärdering</translation>
    </message>
    <message>
        <source>The citizen promise</source>
        <translation>Medborgarlöftet</translation>
    </message>
    <message>
        <source>No citizen promise (medborgarlöfte) is recorded in the project for the year.</source>
        <translation>Inget medborgarlöfte är registrerat i projektet för året.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Carried out by</source>
        <translation>Genomfört genom</translation>
    </message>
    <message>
        <source>nothing linked</source>
        <translation>inget kopplat</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 av %2 genomförda</translation>
    </message>
</context>
<context>
    <name>ReportingPanel</name>
    <message>
        <source>No project is open.</source>
        <translation>Inget projekt är öppet.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>v. %1</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>Senaste rapport</translation>
    </message>
    <message>
        <source>Weeks missing</source>
        <translation>Saknade veckor</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
    <message>
        <source>Expected to report every week (untick to change)</source>
        <translation>Förväntas rapportera varje vecka (kryssa ur för att ändra)</translation>
    </message>
    <message>
        <source>Not expected to report every week (tick to expect it)</source>
        <translation>Förväntas inte rapportera varje vecka (kryssa i om den ska göra det)</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n rapport</numerusform>
            <numerusform>%n rapporter</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>Weeks %1 – %2 (reports by the day they entered the project).</source>
        <translation>Vecka %1 – %2 (rapporterna räknas efter dagen de kom in i projektet).</translation>
    </message>
    <message>
        <source>No organisation is expected to report every week: tick those that should.</source>
        <translation>Ingen organisation förväntas rapportera varje vecka: kryssa i dem som ska göra det.</translation>
    </message>
    <message numerus="yes">
        <source>%n expected organisation(s) reported neither this week nor last.</source>
        <translation>
            <numerusform>%n organisation som förväntas rapportera har varken rapporterat denna eller förra veckan.</numerusform>
            <numerusform>%n organisationer som förväntas rapportera har varken rapporterat denna eller förra veckan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who has reported?</source>
        <translation>Vem har rapporterat?</translation>
    </message>
    <message>
        <source>Reading who has reported…</source>
        <translation>Läser in vem som har rapporterat…</translation>
    </message>
    <message>
        <source>Read live from the shared database.</source>
        <translation>Läst direkt ur den delade databasen.</translation>
    </message>
    <message>
        <source>As of the last synchronisation: %1</source>
        <translation>Enligt senaste synkroniseringen: %1</translation>
    </message>
</context>
<context>
    <name>ResultLayers</name>
    <message>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>z-score</source>
        <translation>z-värde</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p-värde</translation>
    </message>
    <message>
        <source>Class after FDR correction</source>
        <translation>Klass efter FDR-korrigering</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klass</translation>
    </message>
    <message>
        <source>Core incidents</source>
        <translation>Kärnhändelser</translation>
    </message>
    <message>
        <source>Commonest categories</source>
        <translation>Vanligaste kategorier</translation>
    </message>
    <message>
        <source>Peak hour</source>
        <translation>Vanligaste timme</translation>
    </message>
    <message>
        <source>Peak weekday</source>
        <translation>Vanligaste veckodag</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Kluster</translation>
    </message>
    <message>
        <source>Incidents now</source>
        <translation>Händelser nu</translation>
    </message>
    <message>
        <source>Incidents before</source>
        <translation>Händelser tidigare</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>Change (%)</source>
        <translation>Förändring (%)</translation>
    </message>
    <message>
        <source>Beyond chance (after FDR)</source>
        <translation>Utöver slumpen (efter FDR)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Analyses</source>
        <translation>Analyser</translation>
    </message>
    <message>
        <source>The result %1 has no tables.</source>
        <translation>Resultatet %1 har inga tabeller.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>QGIS cannot open the heatmap %1 in %2.</source>
        <translation>QGIS kan inte öppna värmekartan %1 i %2.</translation>
    </message>
    <message>
        <source>Cluster outlines</source>
        <translation>Klusterkonturer</translation>
    </message>
    <message>
        <source>Incidents in clusters</source>
        <translation>Händelser i kluster</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Områden</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Celler</translation>
    </message>
    <message>
        <source>%1 is a table, not a map: export it to read it.</source>
        <translation>%1 är en tabell, inte en karta: exportera den för att läsa den.</translation>
    </message>
    <message>
        <source>QGIS cannot open the table %1 of %2.</source>
        <translation>QGIS kan inte öppna tabellen %1 i %2.</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Visa på kartan</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>På kartan</translation>
    </message>
    <message>
        <source>Not on the map</source>
        <translation>Inte på kartan</translation>
    </message>
    <message>
        <source>No results are stored in the project yet. Run an analysis from the Analysis menu; its result is kept here.</source>
        <translation>Inga resultat är sparade i projektet ännu. Kör en analys från menyn Analys; resultatet sparas här.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;i&gt;Incidents:&lt;/i&gt; %2&lt;br&gt;&lt;i&gt;Method:&lt;/i&gt; %3&lt;br&gt;&lt;i&gt;Made:&lt;/i&gt; %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;i&gt;Händelser:&lt;/i&gt; %2&lt;br&gt;&lt;i&gt;Metod:&lt;/i&gt; %3&lt;br&gt;&lt;i&gt;Skapat:&lt;/i&gt; %4</translation>
    </message>
    <message>
        <source>There is no result called %1.</source>
        <translation>Det finns inget resultat som heter %1.</translation>
    </message>
    <message>
        <source>%1 is on the map.</source>
        <translation>%1 visas på kartan.</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Inget projekt är öppet.</translation>
    </message>
    <message>
        <source>%1 was removed from the project.</source>
        <translation>%1 togs bort från projektet.</translation>
    </message>
    <message>
        <source>%1 was exported to %2.</source>
        <translation>%1 exporterades till %2.</translation>
    </message>
    <message>
        <source>Remove Result</source>
        <translation>Ta bort resultat</translation>
    </message>
    <message>
        <source>Remove %1 from the project? Its layers leave the map and its tables leave the project file; this cannot be undone.</source>
        <translation>Ta bort %1 från projektet? Dess lager tas bort från kartan och dess tabeller från projektfilen; det går inte att ångra.</translation>
    </message>
    <message>
        <source>GeoTIFF (*.tif)</source>
        <translation>GeoTIFF (*.tif)</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg);;CSV (*.csv);;GeoJSON (*.geojson)</source>
        <translation>GeoPackage (*.gpkg);;CSV (*.csv);;GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportera %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
</context>
<context>
    <name>ScreenedTextEdit</name>
    <message>
        <source>personal identity number</source>
        <translation>personnummer</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>telefonnummer</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-postadress</translation>
    </message>
    <message>
        <source>car registration number</source>
        <translation>registreringsnummer</translation>
    </message>
    <message>
        <source>⚠ Personal data: %1. It is kept as written and the record is flagged.</source>
        <translation>⚠ Personuppgifter: %1. Texten sparas som den är skriven och posten flaggas.</translation>
    </message>
    <message>
        <source>⚠ Personal data: %1. It is replaced by a placeholder when you save.</source>
        <translation>⚠ Personuppgifter: %1. De ersätts med en platshållare när du sparar.</translation>
    </message>
</context>
<context>
    <name>SharedController</name>
    <message>
        <source>Open &amp;shared project…</source>
        <translation>Öppna &amp;delat projekt…</translation>
    </message>
    <message>
        <source>Connect to the EST group&apos;s shared database and work in its offline copy</source>
        <translation>Anslut till EST-gruppens delade databas och arbeta i dess offlinekopia</translation>
    </message>
    <message>
        <source>S&amp;ynchronise with the shared database</source>
        <translation>S&amp;ynkronisera med den delade databasen</translation>
    </message>
    <message>
        <source>Synchronise</source>
        <translation>Synkronisera</translation>
    </message>
    <message>
        <source>Synchronisation &amp;conflicts…</source>
        <translation>Synkroniserings&amp;konflikter…</translation>
    </message>
    <message>
        <source>Open shared project</source>
        <translation>Öppna delat projekt</translation>
    </message>
    <message>
        <source>A synchronisation is under way.</source>
        <translation>En synkronisering pågår.</translation>
    </message>
    <message>
        <source>An import is running. Wait for it to finish or cancel it before opening another project.</source>
        <translation>En import pågår. Vänta tills den är klar eller avbryt den innan du öppnar ett annat projekt.</translation>
    </message>
    <message>
        <source>The open project is not a copy of a shared project.</source>
        <translation>Det öppna projektet är inte en kopia av ett delat projekt.</translation>
    </message>
    <message>
        <source>An import is running: the synchronisation waits until it has finished.</source>
        <translation>En import pågår: synkroniseringen väntar tills den är klar.</translation>
    </message>
    <message>
        <source>Shared project</source>
        <translation>Delat projekt</translation>
    </message>
    <message>
        <source>Synchronising with the shared database…</source>
        <translation>Synkroniserar med den delade databasen…</translation>
    </message>
    <message>
        <source>The synchronisation was cancelled; what was finished is kept on both sides.</source>
        <translation>Synkroniseringen avbröts; det som hann bli klart finns kvar på båda sidor.</translation>
    </message>
    <message>
        <source>The synchronisation did not finish.</source>
        <translation>Synkroniseringen blev inte klar.</translation>
    </message>
    <message>
        <source>Synchronised: %1 rows in, %2 out, %3 conflicts.</source>
        <translation>Synkroniserat: %1 rader in, %2 ut, %3 konflikter.</translation>
    </message>
    <message>
        <source>synchronised %1</source>
        <translation>synkroniserat %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n ändring att skicka</numerusform>
            <numerusform>%n ändringar att skicka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konflikter</numerusform>
        </translation>
    </message>
    <message>
        <source>A copy of %1</source>
        <translation>En kopia av %1</translation>
    </message>
    <message>
        <source>&amp;Police-restrict the selected records…</source>
        <translation>&amp;Polisbegränsa de markerade posterna…</translation>
    </message>
    <message>
        <source>Only the police and the coordinator will read them; the other organisations&apos; copies lose them</source>
        <translation>Bara polisen och samordnaren kan läsa dem; de andra organisationernas kopior förlorar dem</translation>
    </message>
    <message>
        <source>&amp;Lift the police restriction of the selected records</source>
        <translation>&amp;Häv polisbegränsningen av de markerade posterna</translation>
    </message>
    <message>
        <source>Select the incidents or observations first.</source>
        <translation>Markera händelserna eller observationerna först.</translation>
    </message>
    <message>
        <source>Police restriction</source>
        <translation>Polisbegränsning</translation>
    </message>
    <message numerus="yes">
        <source>Police-restrict %n record(s)? Only the police and the coordinator will read them; the other organisations&apos; copies lose them at their next synchronisation.</source>
        <translation>
            <numerusform>Polisbegränsa %n post? Bara polisen och samordnaren kan läsa den; de andra organisationernas kopior förlorar den vid nästa synkronisering.</numerusform>
            <numerusform>Polisbegränsa %n poster? Bara polisen och samordnaren kan läsa dem; de andra organisationernas kopior förlorar dem vid nästa synkronisering.</numerusform>
        </translation>
    </message>
    <message>
        <source>A record could not be sent to the shared database; synchronise and try again.</source>
        <translation>En post kunde inte skickas till den delade databasen; synkronisera och försök igen.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) police-restricted.</source>
        <translation>
            <numerusform>%n post är polisbegränsad.</numerusform>
            <numerusform>%n poster är polisbegränsade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The police restriction of %n record(s) is lifted.</source>
        <translation>
            <numerusform>Polisbegränsningen av %n post är hävd.</numerusform>
            <numerusform>Polisbegränsningen av %n poster är hävd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing to the shared database…</source>
        <translation>Skriver till den delade databasen…</translation>
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
    <message>
        <source>Without a point as their place (only the municipality, county or an area), in no area: %1 now, %2 before.</source>
        <translation>Utan en punkt som plats (bara kommunen, länet eller ett område), i inget område: %1 nu, %2 före.</translation>
    </message>
    <message>
        <source>Without a point as their place (only the municipality, county or an area), in no area: %1.</source>
        <translation>Utan en punkt som plats (bara kommunen, länet eller ett område), i inget område: %1.</translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <source>Change the Status</source>
        <translation>Ändra status</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n åtgärd</numerusform>
            <numerusform>%n åtgärder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 becomes &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>%1 får status &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Took effect on</source>
        <translation>Gäller från</translation>
    </message>
    <message>
        <source>Why the action is not taken (required, published)</source>
        <translation>Varför åtgärden inte genomförs (obligatoriskt, publiceras)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>What was done (required when it was never decided)</source>
        <translation>Vad som gjordes (obligatoriskt om den aldrig beslutades)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valfritt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StoreLoading</name>
    <message>
        <source>Reading the incidents…</source>
        <translation>Läser händelserna…</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Öppna projekt</translation>
    </message>
</context>
<context>
    <name>SuggestRouteDialog</name>
    <message>
        <source>Suggest a Route</source>
        <translation>Föreslå rutt</translation>
    </message>
    <message>
        <source>A walk through the places the lägesbild points at in the area (where incidents gather, hot spots, insecure places, problems found on earlier walks), along the streets, within the length and number of stops.</source>
        <translation>En vandring genom de platser i området som lägesbilden pekar ut (där händelser samlas, hot spots, otrygga platser, problem från tidigare vandringar), längs gatorna, inom angiven längd och antal stopp.</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Område</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Högst</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Pick on the Map</source>
        <translation>Välj på kartan</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation>&amp;Föreslå</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Why here</source>
        <translation>Varför här</translation>
    </message>
    <message>
        <source>Use the route for</source>
        <translation>Använd rutten för</translation>
    </message>
    <message>
        <source>a new walk</source>
        <translation>en ny vandring</translation>
    </message>
    <message>
        <source>the selected walk</source>
        <translation>den valda vandringen</translation>
    </message>
    <message>
        <source>the selected walk &quot;%1&quot; (its route and stops are replaced)</source>
        <translation>den valda vandringen &quot;%1&quot; (dess rutt och stopp ersätts)</translation>
    </message>
    <message>
        <source>Use the Route</source>
        <translation>Använd rutten</translation>
    </message>
    <message>
        <source>E %1, N %2</source>
        <translation>E %1, N %2</translation>
    </message>
    <message>
        <source>chosen by the suggestion (a square or bus stop near the first place)</source>
        <translation>väljs av förslaget (ett torg eller en busshållplats nära den första platsen)</translation>
    </message>
    <message>
        <source>The project has no areas: a route is suggested within an area.</source>
        <translation>Projektet har inga områden: en rutt föreslås inom ett område.</translation>
    </message>
    <message>
        <source>Looking for the places and the route…</source>
        <translation>Söker platser och rutt…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s), %1</source>
        <translation>
            <numerusform>%n stopp, %1</numerusform>
            <numerusform>%n stopp, %1</numerusform>
        </translation>
    </message>
    <message>
        <source> along the streets</source>
        <translation> längs gatorna</translation>
    </message>
    <message>
        <source> in straight lines (the project has no street layer)</source>
        <translation> i raka linjer (projektet har inget gatulager)</translation>
    </message>
    <message>
        <source>, from %1</source>
        <translation>, från %1</translation>
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
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User Guide</source>
        <translation>Användarhandbok</translation>
    </message>
</context>
<context>
    <name>UserLayers</name>
    <message>
        <source>My layers</source>
        <translation>Egna lager</translation>
    </message>
    <message>
        <source>Needs internet: the map images come from %1.</source>
        <translation>Kräver internet: kartbilderna hämtas från %1.</translation>
    </message>
    <message>
        <source>Connecting to %1 for the layer %2…</source>
        <translation>Ansluter till %1 för lagret %2…</translation>
    </message>
    <message>
        <source>%1: layers of the kind &quot;%2&quot; cannot be added.</source>
        <translation>%1: lager av typen ”%2” kan inte läggas till.</translation>
    </message>
    <message>
        <source>%1 could not be read as a map layer%2</source>
        <translation>%1 kunde inte läsas som kartlager%2</translation>
    </message>
    <message>
        <source>%1 does not say which coordinate system it is in, so %2 is assumed. If it lands in the wrong place, remove it and add it again with its coordinate system.</source>
        <translation>%1 anger inte vilket koordinatsystem det är i, så %2 antas. Hamnar lagret på fel plats, ta bort det och lägg till det igen med rätt koordinatsystem.</translation>
    </message>
    <message>
        <source>%1 lies outside the municipality&apos;s map. Check that its coordinate system (%2) is the one it was made in.</source>
        <translation>%1 ligger utanför kommunens karta. Kontrollera att koordinatsystemet (%2) är det som data gjordes i.</translation>
    </message>
    <message>
        <source>%1 cannot be reprojected from %2 to the map&apos;s coordinate system.</source>
        <translation>%1 kan inte projiceras om från %2 till kartans koordinatsystem.</translation>
    </message>
    <message>
        <source>%1 refused access (HTTP %2): check the API key or the login.</source>
        <translation>%1 nekade åtkomst (HTTP %2): kontrollera API-nyckeln eller inloggningen.</translation>
    </message>
    <message>
        <source>%1 does not know the address (HTTP 404): check the URL.</source>
        <translation>%1 känner inte till adressen (HTTP 404): kontrollera adressen.</translation>
    </message>
    <message>
        <source>%1 answered with an error (HTTP %2).</source>
        <translation>%1 svarade med ett fel (HTTP %2).</translation>
    </message>
    <message>
        <source>The server %1 could not be found: is the computer connected to the internet?</source>
        <translation>Servern %1 hittades inte: är datorn ansluten till internet?</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 svarade inte inom %n sekund.</numerusform>
            <numerusform>%1 svarade inte inom %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 vägrade ansluta.</translation>
    </message>
    <message>
        <source>There is no network connection (%1).</source>
        <translation>Det finns ingen nätverksanslutning (%1).</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>%1 gick inte att nå: %2</translation>
    </message>
    <message>
        <source>The service answered, but the layer could not be loaded%1</source>
        <translation>Tjänsten svarade, men lagret kunde inte läsas in%1</translation>
    </message>
    <message>
        <source>Needs internet. %1 The layer stays in the map and is drawn when the service can be reached.</source>
        <translation>Kräver internet. %1 Lagret ligger kvar i kartan och ritas när tjänsten går att nå.</translation>
    </message>
    <message>
        <source>%1 is not shown: %2</source>
        <translation>%1 visas inte: %2</translation>
    </message>
    <message>
        <source>Needs internet. %1 The layer is kept in the project and loaded the next time it is opened with a connection.</source>
        <translation>Kräver internet. %1 Lagret sparas i projektet och läses in nästa gång projektet öppnas med uppkoppling.</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>%1 lades inte till: %2</translation>
    </message>
    <message>
        <source>The service answered, but the layer could not be loaded: %1</source>
        <translation>Tjänsten svarade, men lagret kunde inte läsas in: %1</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 har lagts till.</translation>
    </message>
    <message>
        <source>Needs internet: connecting to %1…</source>
        <translation>Kräver internet: ansluter till %1…</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2 is missing or unreadable. Put the file back and open the project again, or remove the layer.</source>
        <translation>%1 kunde inte läsas in: %2 saknas eller går inte att läsa. Lägg tillbaka filen och öppna projektet igen, eller ta bort lagret.</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacitet</translation>
    </message>
    <message>
        <source>Remove Layer</source>
        <translation>Ta bort lager</translation>
    </message>
</context>
<context>
    <name>VocabularyController</name>
    <message>
        <source>Categories and &amp;Crosswalks…</source>
        <translation>Kategorier och &amp;kategorinycklar…</translation>
    </message>
    <message>
        <source>Add, rename, recolour, hide and merge categories; edit the crosswalks that read other sources&apos; values as the project&apos;s categories</source>
        <translation>Lägg till, byt namn på, färga om, dölj och slå ihop kategorier; redigera kategorinycklarna som läser andra källors värden som projektets kategorier</translation>
    </message>
    <message>
        <source>The categories can be changed only in a project open for writing.</source>
        <translation>Kategorierna kan bara ändras i ett projekt som är öppet för skrivning.</translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message>
        <source>Categories and Crosswalks</source>
        <translation>Kategorier och kategorinycklar</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <source>Crosswalks</source>
        <translation>Kategorinycklar</translation>
    </message>
</context>
<context>
    <name>WalkEditor</name>
    <message>
        <source>No project is open.</source>
        <translation>Inget projekt är öppet.</translation>
    </message>
    <message>
        <source>This step cannot be undone or redone: %1</source>
        <translation>Steget kan inte ångras eller göras om: %1</translation>
    </message>
    <message>
        <source>The project cannot be edited now.</source>
        <translation>Projektet kan inte redigeras just nu.</translation>
    </message>
    <message>
        <source>New Safety Walk</source>
        <translation>Ny trygghetsvandring</translation>
    </message>
    <message>
        <source>Edit Safety Walk</source>
        <translation>Redigera trygghetsvandring</translation>
    </message>
    <message>
        <source>Delete Safety Walk</source>
        <translation>Ta bort trygghetsvandring</translation>
    </message>
    <message>
        <source>The stop is no longer on the walk.</source>
        <translation>Stoppet finns inte längre på vandringen.</translation>
    </message>
    <message>
        <source>Move Stop %1</source>
        <translation>Flytta stopp %1</translation>
    </message>
    <message>
        <source>Add Stop %1</source>
        <translation>Lägg till stopp %1</translation>
    </message>
    <message>
        <source>Route of the Walk</source>
        <translation>Vandringens rutt</translation>
    </message>
    <message>
        <source>Plan Repeat Walk</source>
        <translation>Planera upprepad vandring</translation>
    </message>
    <message>
        <source>Suggested Route</source>
        <translation>Föreslagen rutt</translation>
    </message>
</context>
<context>
    <name>WalkForm</name>
    <message>
        <source>planned</source>
        <translation>planerad</translation>
    </message>
    <message>
        <source>done</source>
        <translation>genomförd</translation>
    </message>
    <message>
        <source>followed up</source>
        <translation>uppföljd</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>inställd</translation>
    </message>
    <message>
        <source>dusk and dark</source>
        <translation>skymning och mörker</translation>
    </message>
    <message>
        <source>daylight</source>
        <translation>dagsljus</translation>
    </message>
    <message>
        <source>dusk</source>
        <translation>skymning</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>mörker</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>The walk has a date</source>
        <translation>Vandringen har ett datum</translation>
    </message>
    <message>
        <source>at</source>
        <translation>kl.</translation>
    </message>
    <message>
        <source>The walk has a start time</source>
        <translation>Vandringen har en starttid</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Ljus</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Område</translation>
    </message>
    <message>
        <source>&amp;Organiser</source>
        <translation>&amp;Arrangör</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>took part:</source>
        <translation>deltog:</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Väntat antal</translation>
    </message>
    <message>
        <source>e.g. the bus stop at the square</source>
        <translation>t.ex. busshållplatsen vid torget</translation>
    </message>
    <message>
        <source>&amp;Meeting point</source>
        <translation>&amp;Mötesplats</translation>
    </message>
    <message>
        <source>Why this walk: what residents asked about, what the lägesbild shows</source>
        <translation>Varför den här vandringen: vad invånarna har frågat om, vad lägesbilden visar</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>S&amp;yfte</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Inbjuden</translation>
    </message>
    <message>
        <source>Took part</source>
        <translation>Deltog</translation>
    </message>
    <message>
        <source>The organisations invited and, after the walk, how many of each took part (a number, never names)</source>
        <translation>De inbjudna organisationerna och, efter vandringen, hur många från var och en som deltog (ett antal, aldrig namn)</translation>
    </message>
    <message>
        <source>Invite the organisation</source>
        <translation>Bjud in organisationen</translation>
    </message>
    <message>
        <source>Remove the selected organisation</source>
        <translation>Ta bort den markerade organisationen</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Ångra ändringarna</translation>
    </message>
    <message>
        <source>(no area)</source>
        <translation>(inget område)</translation>
    </message>
    <message>
        <source>How many took part (after the walk); empty while planned</source>
        <translation>Hur många som deltog (efter vandringen); tomt så länge den är planerad</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(inte angivet)</translation>
    </message>
</context>
<context>
    <name>WalkImport</name>
    <message>
        <source>the track is the walk&apos;s route</source>
        <translation>spåret är vandringens rutt</translation>
    </message>
    <message numerus="yes">
        <source>%n draft observation(s) to confirm</source>
        <translation>
            <numerusform>%n utkast till observation att bekräfta</numerusform>
            <numerusform>%n utkast till observationer att bekräfta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) to place on the map</source>
        <translation>
            <numerusform>%n foto att placera på kartan</numerusform>
            <numerusform>%n foton att placera på kartan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new stop(s)</source>
        <translation>
            <numerusform>%n nytt stopp</numerusform>
            <numerusform>%n nya stopp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n avvisad</numerusform>
            <numerusform>%n avvisade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored before</source>
        <translation>
            <numerusform>%n sparad tidigare</numerusform>
            <numerusform>%n sparade tidigare</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the walk&apos;s route, %2 points, %3 km</source>
        <translation>%1: vandringens rutt, %2 punkter, %3 km</translation>
    </message>
    <message>
        <source>Waypoint %1 %2: draft observation at stop %3%4</source>
        <translation>GPS-punkt %1 %2: utkast till observation vid stopp %3%4</translation>
    </message>
    <message>
        <source>Waypoint %1 %2: not imported: %3</source>
        <translation>GPS-punkt %1 %2: inte importerad: %3</translation>
    </message>
    <message>
        <source>%1: draft observation at stop %2, placed %3%4</source>
        <translation>%1: utkast till observation vid stopp %2, placerad %3%4</translation>
    </message>
    <message>
        <source>by its GPS position</source>
        <translation>efter sin GPS-position</translation>
    </message>
    <message>
        <source>on the track by its time</source>
        <translation>på spåret efter sin tid</translation>
    </message>
    <message>
        <source>%1: stored, to be placed on the map (Place a Photo…): %2</source>
        <translation>%1: sparad, att placera på kartan (Placera ett foto…): %2</translation>
    </message>
    <message>
        <source>%1: skipped, stored for this walk before as %2</source>
        <translation>%1: hoppades över, redan sparad för vandringen som %2</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation>%1: avvisad: %2</translation>
    </message>
    <message>
        <source>Could not import into %1: %2</source>
        <translation>Kunde inte importera till %1: %2</translation>
    </message>
</context>
<context>
    <name>WalkImportDialog</name>
    <message>
        <source>Import Photos and GPS Track</source>
        <translation>Importera foton och GPS-spår</translation>
    </message>
    <message>
        <source>Into the walk &lt;b&gt;%1&lt;/b&gt;. Photos with a GPS position are placed where they were taken, the others on the track by their time; each becomes a draft observation at the nearest stop (a new stop when none is near), to confirm in Record. Photos that cannot be placed are kept for you to place.</source>
        <translation>Till vandringen &lt;b&gt;%1&lt;/b&gt;. Foton med GPS-position placeras där de togs, de andra på spåret efter sin tid; varje foto blir ett utkast till observation vid närmaste stopp (ett nytt stopp när inget ligger nära), att bekräfta under Registrera. Foton som inte kan placeras sparas så att du kan placera dem.</translation>
    </message>
    <message>
        <source>Photos (JPEG)</source>
        <translation>Foton (JPEG)</translation>
    </message>
    <message>
        <source>Add Photos…</source>
        <translation>Lägg till foton…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>GPS track (GPX)</source>
        <translation>GPS-spår (GPX)</translation>
    </message>
    <message>
        <source>None: photos are placed by their GPS position only</source>
        <translation>Inget: foton placeras bara efter sin GPS-position</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Store the track as the walk&apos;s route (replaces the route)</source>
        <translation>Spara spåret som vandringens rutt (ersätter rutten)</translation>
    </message>
    <message>
        <source>Import its waypoints as draft observations</source>
        <translation>Importera dess GPS-punkter som utkast till observationer</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds to add to the camera&apos;s clock to get the true time (the camera ran 90 s slow: 90). Used to place photos without a GPS position on the track.</source>
        <translation>Sekunder att lägga till kamerans klocka för att få rätt tid (kameran gick 90 s efter: 90). Används för att placera foton utan GPS-position på spåret.</translation>
    </message>
    <message>
        <source>Camera clock correction:</source>
        <translation>Rättning av kamerans klocka:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Photos from the Walk</source>
        <translation>Foton från vandringen</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.JPG *.JPEG);;All files (*)</source>
        <translation>Foton (*.jpg *.jpeg *.JPG *.JPEG);;Alla filer (*)</translation>
    </message>
    <message>
        <source>GPS Track of the Walk</source>
        <translation>Vandringens GPS-spår</translation>
    </message>
    <message>
        <source>GPX files (*.gpx *.GPX);;All files (*)</source>
        <translation>GPX-filer (*.gpx *.GPX);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Add photos, or choose a track and what to take from it.</source>
        <translation>Lägg till foton, eller välj ett spår och vad som ska hämtas ur det.</translation>
    </message>
</context>
<context>
    <name>WalkKitPdf</name>
    <message>
        <source>Printing was cancelled; nothing was written.</source>
        <translation>Utskriften avbröts; inget skrevs.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Utskriven %1</translation>
    </message>
    <message>
        <source>not set yet</source>
        <translation>inte bestämt än</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ljus</translation>
    </message>
    <message>
        <source>Meeting point</source>
        <translation>Mötesplats</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Rutt</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>not drawn yet</source>
        <translation>inte ritad än</translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n stopp</numerusform>
            <numerusform>%n stopp</numerusform>
        </translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Arrangör</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Inbjudna</translation>
    </message>
    <message>
        <source>Events at the stops</source>
        <translation>Händelser vid stoppen</translation>
    </message>
    <message>
        <source>reported within %1 m of each stop, %2</source>
        <translation>rapporterade inom %1 m från varje stopp, %2</translation>
    </message>
    <message>
        <source>The stops</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <source>Stop %1: %2</source>
        <translation>Stopp %1: %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (forts.)</translation>
    </message>
    <message>
        <source>Why here: %1</source>
        <translation>Varför här: %1</translation>
    </message>
    <message>
        <source>Scale 1:%1, north up; dashed circle: %2 m around the stop</source>
        <translation>Skala 1:%1, norr uppåt; streckad cirkel: %2 m runt stoppet</translation>
    </message>
    <message>
        <source>Around the stop</source>
        <translation>Runt stoppet</translation>
    </message>
    <message>
        <source>No events reported within %1 m, %2.</source>
        <translation>Inga händelser rapporterade inom %1 m, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) reported within %1 m, %2.</source>
        <translation>
            <numerusform>%n händelse rapporterad inom %1 m, %2.</numerusform>
            <numerusform>%n händelser rapporterade inom %1 m, %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Most often: %1</source>
        <translation>Vanligast: %1</translation>
    </message>
    <message>
        <source>Earlier walks here</source>
        <translation>Tidigare vandringar här</translation>
    </message>
    <message>
        <source>No earlier walk recorded anything within %1 m.</source>
        <translation>Ingen tidigare vandring noterade något inom %1 m.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the earlier protocols).</source>
        <translation>
            <numerusform>… och %n till (se de tidigare protokollen).</numerusform>
            <numerusform>… och %n till (se de tidigare protokollen).</numerusform>
        </translation>
    </message>
    <message>
        <source> (good)</source>
        <translation> (bra)</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Åtgärd: %1</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklista</translation>
    </message>
    <message>
        <source>Mark 0–3 for each item (0 very unsafe or poor … 3 safe or good) and write what you see on the line.</source>
        <translation>Markera 0–3 för varje punkt (0 mycket otryggt eller dåligt … 3 tryggt eller bra) och skriv vad ni ser på linjen.</translation>
    </message>
    <message>
        <source>Proposed action</source>
        <translation>Förslag på åtgärd</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>(deadline %1)</source>
        <translation>(senast %1)</translation>
    </message>
    <message>
        <source>Safety walk</source>
        <translation>Trygghetsvandring</translation>
    </message>
    <message>
        <source>Safety walk: %1</source>
        <translation>Trygghetsvandring: %1</translation>
    </message>
</context>
<context>
    <name>WalkLayers</name>
    <message>
        <source>Stops of the walk</source>
        <translation>Vandringens stopp</translation>
    </message>
    <message>
        <source>Suggested stops</source>
        <translation>Föreslagna stopp</translation>
    </message>
</context>
<context>
    <name>WalkMapLayers</name>
    <message>
        <source>Route</source>
        <translation>Rutt</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Within %1 m</source>
        <translation>Inom %1 m</translation>
    </message>
    <message>
        <source>1, 2, 3 …: the stops in their order</source>
        <translation>1, 2, 3 …: stoppen i ordning</translation>
    </message>
    <message>
        <source>green ring: the start</source>
        <translation>grön ring: start</translation>
    </message>
    <message>
        <source>dashed circle: %1 m around the stop</source>
        <translation>streckad cirkel: %1 m runt stoppet</translation>
    </message>
    <message>
        <source>Scale 1:%1</source>
        <translation>Skala 1:%1</translation>
    </message>
</context>
<context>
    <name>WalkProtocolPdf</name>
    <message>
        <source>(no item)</source>
        <translation>(ingen punkt)</translation>
    </message>
    <message>
        <source>The stops</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Printing was cancelled; nothing was written.</source>
        <translation>Utskriften avbröts; inget skrevs.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Utskriven %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>inte registrerat</translation>
    </message>
    <message numerus="yes">
        <source>%n in all</source>
        <translation>
            <numerusform>totalt %n</numerusform>
            <numerusform>totalt %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ljus</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Upprepar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s)</source>
        <translation>
            <numerusform>%n observation</numerusform>
            <numerusform>%n observationer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them draft(s)</source>
        <translation>
            <numerusform>%n av dem utkast</numerusform>
            <numerusform>%n av dem utkast</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n foton</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrerat</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>No observations have been recorded for this walk yet. The protocol fills in once the walk has been made and what it found is entered.</source>
        <translation>Inga observationer är registrerade för vandringen ännu. Protokollet fylls i när vandringen är gjord och det den fann är inlagt.</translation>
    </message>
    <message>
        <source>Stop %1: %2</source>
        <translation>Stopp %1: %2</translation>
    </message>
    <message>
        <source>Found most often: %1.</source>
        <translation>Oftast funnet: %1.</translation>
    </message>
    <message>
        <source>The walk recorded no problems.</source>
        <translation>Vandringen noterade inga brister.</translation>
    </message>
    <message>
        <source>stop %1 %2 (mean %3)</source>
        <translation>stopp %1 %2 (medel %3)</translation>
    </message>
    <message>
        <source>Rated worst: %1.</source>
        <translation>Sämst bedömda: %1.</translation>
    </message>
    <message>
        <source>No actions have been made from the walk&apos;s proposals yet.</source>
        <translation>Inga åtgärder har gjorts av vandringens förslag ännu.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) so far: %1.</source>
        <translation>
            <numerusform>%n åtgärd hittills: %1.</numerusform>
            <numerusform>%n åtgärder hittills: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows in grey italics are drafts (from photos or a phone&apos;s waypoints) that nobody has confirmed yet.</source>
        <translation>Rader i grå kursiv är utkast (från foton eller en telefons vägpunkter) som ingen har bekräftat än.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Betyg</translation>
    </message>
    <message>
        <source>Good/problem</source>
        <translation>Bra/brist</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Proposed action</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (utkast)</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bra</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>brist</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Foto %1</translation>
    </message>
    <message>
        <source>Then and now: stop %1 on %2 (%3)</source>
        <translation>Då och nu: stopp %1 på %2 (%3)</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Då</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Done in between</source>
        <translation>Gjort emellan</translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <translation>inget registrerat</translation>
    </message>
    <message>
        <source>Nothing was recorded at this stop.</source>
        <translation>Inget noterades vid det här stoppet.</translation>
    </message>
    <message>
        <source>Observations at no stop</source>
        <translation>Observationer utanför stoppen</translation>
    </message>
    <message>
        <source>What goes with the overall feeling</source>
        <translation>Vad hänger ihop med helhetsintrycket</translation>
    </message>
    <message>
        <source>Too few stops have both an item and the overall feeling rated to tell what goes with the feeling (at least three are needed per item).</source>
        <translation>För få stopp har både en punkt och helhetsintrycket bedömda för att säga vad som hänger ihop med intrycket (minst tre behövs per punkt).</translation>
    </message>
    <message>
        <source>No item goes clearly with the overall feeling yet: the strongest is %1 (rho %2 over %3 stops).</source>
        <translation>Ingen punkt hänger tydligt ihop med helhetsintrycket än: starkast är %1 (rho %2 över %3 stopp).</translation>
    </message>
    <message>
        <source>What goes most with the overall feeling is %1 (rho %2 over %3 stops on %4 walks): where it is rated better, the place feels safer. Acting on it is likely to matter most.</source>
        <translation>Det som oftast hänger ihop med helhetsintrycket är %1 (rho %2 över %3 stopp på %4 vandringar): där den bedöms bättre känns platsen tryggare. Att åtgärda den gör troligen störst skillnad.</translation>
    </message>
    <message>
        <source>rho</source>
        <translation>rho</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Walks</source>
        <translation>Vandringar</translation>
    </message>
    <message>
        <source>Spearman&apos;s rank correlation of each item&apos;s rating with the overall feeling at the same stop, over all the project&apos;s walks. Few stops give uncertain figures: read them as pointers, not proof.</source>
        <translation>Spearmans rangkorrelation mellan varje punkts betyg och helhetsintrycket vid samma stopp, över alla projektets vandringar. Få stopp ger osäkra siffror: läs dem som fingervisningar, inte bevis.</translation>
    </message>
    <message>
        <source>Protocol: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
</context>
<context>
    <name>WalkStopsPanel</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Why here</source>
        <translation>Varför här</translation>
    </message>
    <message>
        <source>Double-click a name or reason to change it. The numbers follow the order of the rows.</source>
        <translation>Dubbelklicka på ett namn eller skäl för att ändra det. Numren följer radernas ordning.</translation>
    </message>
    <message>
        <source>Move the stop one place earlier on the route</source>
        <translation>Flytta stoppet ett steg tidigare på rutten</translation>
    </message>
    <message>
        <source>Move the stop one place later on the route</source>
        <translation>Flytta stoppet ett steg senare på rutten</translation>
    </message>
    <message>
        <source>Remove the stop (its observations stay, without a stop)</source>
        <translation>Ta bort stoppet (dess observationer finns kvar, utan stopp)</translation>
    </message>
    <message>
        <source>Add on the Map</source>
        <translation>Lägg till på kartan</translation>
    </message>
    <message>
        <source>Click the map where the new stop is; drag a stop on the map to move it</source>
        <translation>Klicka på kartan där det nya stoppet ligger; dra ett stopp på kartan för att flytta det</translation>
    </message>
    <message>
        <source>&lt;b&gt;Around the stop&lt;/b&gt;</source>
        <translation>&lt;b&gt;Runt stoppet&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>last %n month(s)</source>
        <translation>
            <numerusform>senaste %n månaden</numerusform>
            <numerusform>senaste %n månaderna</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a stop to see what happened around it.</source>
        <translation>Välj ett stopp för att se vad som hänt runt det.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) within %1 m in the last %2 months</source>
        <translation>
            <numerusform>%n händelse inom %1 m de senaste %2 månaderna</numerusform>
            <numerusform>%n händelser inom %1 m de senaste %2 månaderna</numerusform>
        </translation>
    </message>
    <message>
        <source>No earlier walk recorded anything here.</source>
        <translation>Ingen tidigare vandring noterade något här.</translation>
    </message>
    <message>
        <source>Earlier walks here</source>
        <translation>Tidigare vandringar här</translation>
    </message>
    <message>
        <source>, good</source>
        <translation>, bra</translation>
    </message>
    <message>
        <source>, a problem</source>
        <translation>, ett problem</translation>
    </message>
    <message>
        <source>, by %1</source>
        <translation>, senast %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>within %1 m</source>
        <translation>inom %1 m</translation>
    </message>
</context>
<context>
    <name>WalksController</name>
    <message>
        <source>Safety Walks</source>
        <translation>Trygghetsvandringar</translation>
    </message>
    <message>
        <source>Rename Stop %1</source>
        <translation>Byt namn på stopp %1</translation>
    </message>
    <message>
        <source>Reason of Stop %1</source>
        <translation>Skäl för stopp %1</translation>
    </message>
    <message>
        <source>Reorder Stops</source>
        <translation>Ändra ordning på stoppen</translation>
    </message>
    <message>
        <source>Remove Stop %1</source>
        <translation>Ta bort stopp %1</translation>
    </message>
    <message>
        <source>Click the map where the new stop is. Drag a stop to move it.</source>
        <translation>Klicka på kartan där det nya stoppet ligger. Dra ett stopp för att flytta det.</translation>
    </message>
    <message>
        <source>Drawing the route was cancelled.</source>
        <translation>Ritningen av rutten avbröts.</translation>
    </message>
    <message>
        <source>&amp;New Walk</source>
        <translation>&amp;Ny vandring</translation>
    </message>
    <message>
        <source>Plan a new safety walk</source>
        <translation>Planera en ny trygghetsvandring</translation>
    </message>
    <message>
        <source>&amp;Suggest a Route…</source>
        <translation>&amp;Föreslå rutt…</translation>
    </message>
    <message>
        <source>Suggest a route and stops in an area from the lägesbild</source>
        <translation>Föreslå en rutt och stopp i ett område utifrån lägesbilden</translation>
    </message>
    <message>
        <source>&amp;Draw the Route</source>
        <translation>&amp;Rita rutten</translation>
    </message>
    <message>
        <source>Draw the selected walk&apos;s route: click its points (they snap to the streets), double-click or Enter to finish, Esc to cancel</source>
        <translation>Rita den valda vandringens rutt: klicka på dess punkter (de fäster mot gatorna), dubbelklicka eller tryck Enter för att avsluta, Esc för att avbryta</translation>
    </message>
    <message>
        <source>Click the route&apos;s points; double-click or Enter finishes, Esc cancels.</source>
        <translation>Klicka på ruttens punkter; dubbelklick eller Enter avslutar, Esc avbryter.</translation>
    </message>
    <message>
        <source>Move and Add S&amp;tops</source>
        <translation>Flytta och lägg till s&amp;topp</translation>
    </message>
    <message>
        <source>Drag a stop of the selected walk to move it; click the map to add one</source>
        <translation>Dra ett stopp på den valda vandringen för att flytta det; klicka på kartan för att lägga till ett</translation>
    </message>
    <message>
        <source>&amp;Repeat the Walk…</source>
        <translation>&amp;Upprepa vandringen…</translation>
    </message>
    <message>
        <source>Plan a repeat of the selected walk on the same route with the same stops</source>
        <translation>Planera en upprepning av den valda vandringen längs samma rutt med samma stopp</translation>
    </message>
    <message>
        <source>Re&amp;cord…</source>
        <translation>Re&amp;gistrera…</translation>
    </message>
    <message>
        <source>Enter what the walk found, stop by stop</source>
        <translation>För in vad vandringen kom fram till, stopp för stopp</translation>
    </message>
    <message>
        <source>De&amp;lete the Walk</source>
        <translation>Ta &amp;bort vandringen</translation>
    </message>
    <message>
        <source>Print the Walk Kit…</source>
        <translation>Skriv ut vandringsunderlaget…</translation>
    </message>
    <message>
        <source>The map, the stops with what happened around them, and the checklist, as a PDF for the walkers</source>
        <translation>Kartan, stoppen med vad som hänt runt dem och checklistan, som PDF för deltagarna</translation>
    </message>
    <message>
        <source>Print the Protocol…</source>
        <translation>Skriv ut protokollet…</translation>
    </message>
    <message>
        <source>Safety &amp;Walks Panel</source>
        <translation>Panel för trygghets&amp;vandringar</translation>
    </message>
    <message>
        <source>The walk has no stops yet: suggest a route, or add stops on the map.</source>
        <translation>Vandringen har inga stopp än: föreslå en rutt eller lägg till stopp på kartan.</translation>
    </message>
    <message>
        <source>Choose a stop to see what happened around it.</source>
        <translation>Välj ett stopp för att se vad som hänt runt det.</translation>
    </message>
    <message>
        <source>The changes to %1 were saved.</source>
        <translation>Ändringarna i %1 sparades.</translation>
    </message>
    <message>
        <source>New safety walk</source>
        <translation>Ny trygghetsvandring</translation>
    </message>
    <message>
        <source>Delete the walk &quot;%1&quot; and its stops? Its observations stay, without the walk. Undo (Ctrl+Z) brings the walk back.</source>
        <translation>Ta bort vandringen &quot;%1&quot; och dess stopp? Dess observationer finns kvar, utan vandring. Ångra (Ctrl+Z) tar tillbaka vandringen.</translation>
    </message>
    <message>
        <source>Delete the Walk</source>
        <translation>Ta bort vandringen</translation>
    </message>
    <message>
        <source>The walk was deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Vandringen togs bort. Ångra (Ctrl+Z) tar tillbaka den.</translation>
    </message>
    <message>
        <source>Repeat the Walk</source>
        <translation>Upprepa vandringen</translation>
    </message>
    <message>
        <source>%1 (repeat)</source>
        <translation>%1 (upprepning)</translation>
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
        <source>The new walk is planned on the same route with the same stops; its protocol compares the ratings then and now.</source>
        <translation>Den nya vandringen planeras längs samma rutt med samma stopp; dess protokoll jämför betygen då och nu.</translation>
    </message>
    <message>
        <source>The route was saved. Undo (Ctrl+Z) takes it back.</source>
        <translation>Rutten sparades. Ångra (Ctrl+Z) tar bort den igen.</translation>
    </message>
    <message>
        <source>Stop added: give it a name in the panel. Undo (Ctrl+Z) takes it back.</source>
        <translation>Stoppet har lagts till: ge det ett namn i panelen. Ångra (Ctrl+Z) tar bort det igen.</translation>
    </message>
    <message>
        <source>Click the walk&apos;s start on the map (Esc: no start point).</source>
        <translation>Klicka på vandringens start på kartan (Esc: ingen startpunkt).</translation>
    </message>
    <message>
        <source>Safety walk %1</source>
        <translation>Trygghetsvandring %1</translation>
    </message>
    <message numerus="yes">
        <source>The suggested route and its %n stop(s) are in the walk. Undo (Ctrl+Z) takes them back.</source>
        <translation>
            <numerusform>Den föreslagna rutten och dess %n stopp finns nu i vandringen. Ångra (Ctrl+Z) tar bort dem igen.</numerusform>
            <numerusform>Den föreslagna rutten och dess %n stopp finns nu i vandringen. Ångra (Ctrl+Z) tar bort dem igen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Make an Action</source>
        <translation>Gör till åtgärd</translation>
    </message>
    <message>
        <source>Make the proposed action a real action (status proposed) in the action list</source>
        <translation>Gör förslaget till en riktig åtgärd (status föreslagen) i åtgärdslistan</translation>
    </message>
    <message>
        <source>Action made</source>
        <translation>Åtgärd skapad</translation>
    </message>
    <message>
        <source>Choose a walk first.</source>
        <translation>Välj en vandring först.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Skriver %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Avbrutet: inget skrevs.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Skrev %1</translation>
    </message>
    <message>
        <source>Print the Walk Kit</source>
        <translation>Skriv ut vandringsunderlaget</translation>
    </message>
    <message>
        <source>Print the Protocol</source>
        <translation>Skriv ut protokollet</translation>
    </message>
    <message>
        <source>The photo was not placed.</source>
        <translation>Fotot placerades inte.</translation>
    </message>
    <message>
        <source>&amp;Import Photos and GPS Track…</source>
        <translation>&amp;Importera foton och GPS-spår…</translation>
    </message>
    <message>
        <source>Photos from the walk (placed by their GPS position or on the track by their time) and the phone&apos;s GPS track, as drafts to confirm</source>
        <translation>Foton från vandringen (placerade efter sin GPS-position eller på spåret efter sin tid) och telefonens GPS-spår, som utkast att bekräfta</translation>
    </message>
    <message>
        <source>&amp;Place a Photo…</source>
        <translation>&amp;Placera ett foto…</translation>
    </message>
    <message>
        <source>Place a photo of the walk that had no position: click where it was taken</source>
        <translation>Placera ett foto från vandringen som saknade position: klicka där det togs</translation>
    </message>
    <message numerus="yes">
        <source>Its %n photo(s) stay in the project without the walk (undo gives them back).</source>
        <translation>
            <numerusform>Dess %n foto finns kvar i projektet utan vandringen (ångra ger tillbaka det).</numerusform>
            <numerusform>Dess %n foton finns kvar i projektet utan vandringen (ångra ger tillbaka dem).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Photos and GPS Track</source>
        <translation>Importera foton och GPS-spår</translation>
    </message>
    <message>
        <source>Place the photos without a position with Place a Photo…, and confirm the drafts in Record….</source>
        <translation>Placera fotona utan position med Placera ett foto…, och bekräfta utkasten under Registrera….</translation>
    </message>
    <message>
        <source>The project cannot be edited now.</source>
        <translation>Projektet kan inte redigeras just nu.</translation>
    </message>
    <message>
        <source>Importing the walk&apos;s photos and track…</source>
        <translation>Importerar vandringens foton och spår…</translation>
    </message>
    <message>
        <source>Imported into the walk: %1</source>
        <translation>Importerat till vandringen: %1</translation>
    </message>
    <message>
        <source>Place a Photo</source>
        <translation>Placera ett foto</translation>
    </message>
    <message>
        <source>Every photo of this walk has its place. Import photos with Import Photos and GPS Track….</source>
        <translation>Alla foton från vandringen har sin plats. Importera foton med Importera foton och GPS-spår….</translation>
    </message>
    <message>
        <source>Photos without a position. Choose one, then click where it was taken:</source>
        <translation>Foton utan position. Välj ett och klicka sedan där det togs:</translation>
    </message>
    <message>
        <source>Click where %1 was taken (Esc: cancel).</source>
        <translation>Klicka där %1 togs (Esc: avbryt).</translation>
    </message>
    <message>
        <source>The point could not be converted to the project&apos;s coordinate system.</source>
        <translation>Punkten kunde inte räknas om till projektets koordinatsystem.</translation>
    </message>
    <message>
        <source>The photo is a draft observation at the new stop %1; confirm it in Record….</source>
        <translation>Fotot är ett utkast till observation vid det nya stoppet %1; bekräfta det under Registrera….</translation>
    </message>
    <message>
        <source>The photo is a draft observation at stop %1; confirm it in Record….</source>
        <translation>Fotot är ett utkast till observation vid stopp %1; bekräfta det under Registrera….</translation>
    </message>
    <message>
        <source>Cancelled: the step under way was not written. Written before it: %1</source>
        <translation>Avbrutet: steget som pågick skrevs inte. Skrivet före det: %1</translation>
    </message>
    <message>
        <source>Photo %1: %2</source>
        <translation>Foto %1: %2</translation>
    </message>
</context>
<context>
    <name>WalksPanel</name>
    <message>
        <source>Walk</source>
        <translation>Vandring</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Obs.</source>
        <translation>Obs.</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>Observations recorded on the walk</source>
        <translation>Observationer registrerade på vandringen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planering</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>The situational picture, safety walks and hot spots for the EST group&apos;s work: open a project to begin.</source>
        <translation>Lägesbild, trygghetsvandringar och hot spots för EST-gruppens arbete: öppna ett projekt för att börja.</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Öppna demoprojektet</translation>
    </message>
    <message>
        <source>Exempelkommun: a made-up town with two years of synthetic events</source>
        <translation>Exempelkommun: en påhittad ort med två års syntetiska händelser</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Nytt projekt…</translation>
    </message>
    <message>
        <source>An empty project file for your municipality (SWEREF 99 TM)</source>
        <translation>En tom projektfil för din kommun (SWEREF 99 TM)</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Öppna projekt…</translation>
    </message>
    <message>
        <source>A Tryggkarta project file (.gpkg)</source>
        <translation>En projektfil från Tryggkarta (.gpkg)</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Senaste projekt</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open.</source>
        <translation>Dubbelklicka eller tryck Enter för att öppna.</translation>
    </message>
</context>
<context>
    <name>WorkerProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
</TS>
