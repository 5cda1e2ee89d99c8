<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<!-- Made by scripts/update-core-messages.py from core/base/messagecatalog.h: edit the translations here, the English there. -->
<context>
    <name></name>
    <message id="general.cancelled">
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message id="file.missing">
        <source>%1 does not exist.</source>
        <translation>%1 finns inte.</translation>
    </message>
    <message id="file.read-failed">
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message id="gdal.failure">
        <source>%1: %2</source>
        <extracomment>%1 a message saying what failed, %2 what GDAL said about it.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message id="disk.full">
        <source>There is not enough space on the disk for %1: nothing was changed. Free some space and try again.</source>
        <extracomment>%1 the file. The transaction was rolled back.</extracomment>
        <translation>Det finns inte tillräckligt med utrymme på disken för %1: ingenting ändrades. Frigör utrymme och försök igen.</translation>
    </message>
    <message id="disk.write-failed">
        <source>%1 could not be written (%2): nothing was changed.</source>
        <extracomment>%1 the file, %2 what the system said. The transaction was rolled back.</extracomment>
        <translation>%1 kunde inte skrivas (%2): ingenting ändrades.</translation>
    </message>
    <message id="project.busy">
        <source>%1 is being changed by another program (another import, or an analysis in another Tryggkarta or tryggkarta-cli): nothing was changed. Try again when it has finished.</source>
        <extracomment>%1 the project file. Another process held its write lock longer than SQLite waits (5 s); rolled back.</extracomment>
        <translation>%1 ändras av ett annat program (en annan import, eller en analys i en annan Tryggkarta eller tryggkarta-cli): ingenting ändrades. Försök igen när det är klart.</translation>
    </message>
    <message id="disk.failure-while">
        <source>%1: the disk is full or could not be written (%2); nothing was changed.</source>
        <extracomment>%1 a message saying what GDAL was writing, %2 what GDAL said. The write was rolled back.</extracomment>
        <translation>%1: disken är full eller kunde inte skrivas (%2); ingenting ändrades.</translation>
    </message>
    <message id="project.is-folder">
        <source>%1 is a folder, not a project file.</source>
        <translation>%1 är en mapp, inte en projektfil.</translation>
    </message>
    <message id="project.file-empty">
        <source>%1 is empty: it is not a Tryggkarta project.</source>
        <translation>%1 är tom: det är inget Tryggkarta-projekt.</translation>
    </message>
    <message id="project.not-sqlite">
        <source>%1 is not a Tryggkarta project: it is not a GeoPackage (SQLite) file.</source>
        <translation>%1 är inget Tryggkarta-projekt: det är ingen GeoPackage-fil (SQLite).</translation>
    </message>
    <message id="project.truncated">
        <source>%1 is truncated or damaged: the file is %2 bytes but its header says %3.</source>
        <extracomment>%2 the file's size in bytes, %3 the size its header gives.</extracomment>
        <translation>%1 är avkortad eller skadad: filen är %2 byte men dess huvud anger %3.</translation>
    </message>
    <message id="project.not-geopackage">
        <source>%1 is not a Tryggkarta project: it is an SQLite database but not a GeoPackage.</source>
        <translation>%1 är inget Tryggkarta-projekt: det är en SQLite-databas men ingen GeoPackage.</translation>
    </message>
    <message id="project.not-tryggkarta">
        <source>%1 is a GeoPackage but not a Tryggkarta project (it has no Tryggkarta tables). Create a new project and import its layers instead.</source>
        <translation>%1 är en GeoPackage men inget Tryggkarta-projekt (den har inga Tryggkarta-tabeller). Skapa ett nytt projekt och importera dess lager i stället.</translation>
    </message>
    <message id="project.no-schema-version">
        <source>%1 is damaged: it has no schema version.</source>
        <translation>%1 är skadad: den saknar schemaversion.</translation>
    </message>
    <message id="project.newer-schema">
        <source>%1 was saved by a newer version of Tryggkarta (project schema %2; this version reads up to %3). Update Tryggkarta to open it; the file was not changed.</source>
        <extracomment>%2 the file's schema version, %3 the newest this version reads.</extracomment>
        <translation>%1 har sparats av en nyare version av Tryggkarta (projektschema %2; den här versionen läser upp till %3). Uppdatera Tryggkarta för att öppna den; filen ändrades inte.</translation>
    </message>
    <message id="project.migration-needs-write">
        <source>%1 has an older project schema (%2) and must be migrated, which needs write access.</source>
        <translation>%1 har ett äldre projektschema (%2) och måste uppdateras, vilket kräver skrivrätt.</translation>
    </message>
    <message id="project.backup-failed">
        <source>Could not back up %1 before migrating it: %2. The file was not changed.</source>
        <translation>Kunde inte säkerhetskopiera %1 före uppdateringen: %2. Filen ändrades inte.</translation>
    </message>
    <message id="project.exists">
        <source>%1 already exists; choose another name or open it.</source>
        <translation>%1 finns redan; välj ett annat namn eller öppna den.</translation>
    </message>
    <message id="project.no-geopackage-driver">
        <source>GDAL has no GeoPackage driver.</source>
        <translation>GDAL saknar drivrutin för GeoPackage.</translation>
    </message>
    <message id="project.cannot-create-file">
        <source>Could not create %1: %2</source>
        <extracomment>%2 what GDAL said.</extracomment>
        <translation>Kunde inte skapa %1: %2</translation>
    </message>
    <message id="project.create-failed">
        <source>Could not create the project %1: %2</source>
        <extracomment>%2 what SQLite said.</extracomment>
        <translation>Kunde inte skapa projektet %1: %2</translation>
    </message>
    <message id="project.open-failed">
        <source>Could not open %1: %2</source>
        <translation>Kunde inte öppna %1: %2</translation>
    </message>
    <message id="project.read-failed">
        <source>Cannot read the project: %1</source>
        <translation>Kan inte läsa projektet: %1</translation>
    </message>
    <message id="project.file-read-failed">
        <source>Cannot read the project %1: %2</source>
        <extracomment>%1 the project file, %2 what SQLite said.</extracomment>
        <translation>Kan inte läsa projektet %1: %2</translation>
    </message>
    <message id="project.table-read-failed">
        <source>Cannot read the table %1 of %2: %3</source>
        <extracomment>%1 the table, %2 the project file, %3 what SQLite said.</extracomment>
        <translation>Kan inte läsa tabellen %1 i %2: %3</translation>
    </message>
    <message id="project.save-as-failed">
        <source>Could not save the project as %1: %2</source>
        <extracomment>%1 the new file, %2 what SQLite said.</extracomment>
        <translation>Kunde inte spara projektet som %1: %2</translation>
    </message>
    <message id="project.map-state-remove-failed">
        <source>Cannot remove the stored map %1: %2</source>
        <extracomment>%1 the stored map's name inside the file, %2 what SQLite said.</extracomment>
        <translation>Kan inte ta bort den sparade kartan %1: %2</translation>
    </message>
    <message id="project.damaged">
        <source>%1 is damaged (SQLite reports: %2). Tryggkarta does not change a damaged project, so nothing was written to it. Recover what can still be read into a new project, or go back to a backup.</source>
        <extracomment>%1 the project file, %2 what SQLite found (its first problems, in English).</extracomment>
        <translation>%1 är skadad (SQLite rapporterar: %2). Tryggkarta ändrar inte ett skadat projekt, så ingenting skrevs till det. Rädda det som fortfarande går att läsa till ett nytt projekt, eller gå tillbaka till en säkerhetskopia.</translation>
    </message>
    <message id="project.interrupted-rolled-back">
        <source>Tryggkarta was interrupted while changing the project %1 on %2: the incomplete change has been rolled back, and the project is as it was before that change. A copy of the file as it was left is in %3 (with its journal, %4).</source>
        <extracomment>%1 the project file, %2 when the change was interrupted (Stockholm time), %3 the copy of the file as it was left, %4 the copy of its journal.</extracomment>
        <translation>Tryggkarta avbröts under en ändring av projektet %1 den %2: den ofullständiga ändringen har rullats tillbaka, och projektet är som det var före den ändringen. En kopia av filen som den lämnades finns i %3 (med sin journal, %4).</translation>
    </message>
    <message id="project.interrupted-log-recovered">
        <source>A program was interrupted while changing the project %1 on %2: the changes it had finished were kept from its write-ahead log and an incomplete one was rolled back. A copy of the file as it was left is in %3 (with its log, %4).</source>
        <extracomment>%1 the project file, %2 when the change was interrupted (Stockholm time), %3 the copy of the file as it was left, %4 the copy of its write-ahead log.</extracomment>
        <translation>Ett program avbröts under en ändring av projektet %1 den %2: de ändringar det hade slutfört behölls från dess förhandslogg (WAL) och en ofullständig ändring rullades tillbaka. En kopia av filen som den lämnades finns i %3 (med sin logg, %4).</translation>
    </message>
    <message id="project.interrupted-needs-write">
        <source>Tryggkarta was interrupted while changing the project %1 on %2. The incomplete change must be rolled back before the project can be read, which needs permission to write to the file and its folder. Open it where you may write (or copy the folder, journal files included, to such a place).</source>
        <extracomment>%1 the project file, %2 when the change was interrupted (Stockholm time).</extracomment>
        <translation>Tryggkarta avbröts under en ändring av projektet %1 den %2. Den ofullständiga ändringen måste rullas tillbaka innan projektet kan läsas, och det kräver rätt att skriva till filen och dess mapp. Öppna det där du får skriva (eller kopiera mappen, journalfilerna med, till en sådan plats).</translation>
    </message>
    <message id="project.interrupted-backup-failed">
        <source>Tryggkarta was interrupted while changing the project %1, but the file could not be copied before rolling the incomplete change back: %2. Nothing was changed; free some space and open it again.</source>
        <extracomment>%1 the project file, %2 why the copy failed.</extracomment>
        <translation>Tryggkarta avbröts under en ändring av projektet %1, men filen kunde inte kopieras innan den ofullständiga ändringen rullades tillbaka: %2. Ingenting ändrades; frigör utrymme och öppna det igen.</translation>
    </message>
    <message id="project.interrupted-recovery-failed">
        <source>Tryggkarta was interrupted while changing the project %1, and SQLite could not roll the incomplete change back: %2</source>
        <extracomment>%1 the project file, %2 what SQLite said.</extracomment>
        <translation>Tryggkarta avbröts under en ändring av projektet %1, och SQLite kunde inte rulla tillbaka den ofullständiga ändringen: %2</translation>
    </message>
    <message id="recover.output-exists">
        <source>%1 already exists; the recovered project is written to a new file.</source>
        <extracomment>%1 the new file.</extracomment>
        <translation>%1 finns redan; det återställda projektet skrivs till en ny fil.</translation>
    </message>
    <message id="recover.same-file">
        <source>The recovered project must be a new file, not the damaged %1 itself.</source>
        <extracomment>%1 the damaged file.</extracomment>
        <translation>Det återställda projektet måste bli en ny fil, inte den skadade %1 själv.</translation>
    </message>
    <message id="recover.unreadable">
        <source>Nothing can be read from %1, not even its list of tables: %2</source>
        <extracomment>%1 the damaged file, %2 what SQLite said.</extracomment>
        <translation>Ingenting går att läsa i %1, inte ens dess lista över tabeller: %2</translation>
    </message>
    <message id="recover.write-failed">
        <source>Could not write the recovered project %1: %2</source>
        <extracomment>%1 the new file, %2 what SQLite said.</extracomment>
        <translation>Kunde inte skriva det återställda projektet %1: %2</translation>
    </message>
    <message id="recover.table-unreadable">
        <source>unreadable: %1</source>
        <extracomment>A table of the damaged project that could not be read at all; %1 what SQLite said.</extracomment>
        <translation>oläsbar: %1</translation>
    </message>
    <message id="recover.rows-unreadable">
        <source>up to %1 rows could not be read (fid %2 to %3)</source>
        <extracomment>%1 how many rows could not be read, %2 the first fid of the gap, %3 the last.</extracomment>
        <translation>upp till %1 rader gick inte att läsa (fid %2 till %3)</translation>
    </message>
    <message id="recover.rows-refused">
        <source>%1 rows refused by the new project (first: %2)</source>
        <extracomment>%1 how many rows were read but refused by the new project, %2 why the first was.</extracomment>
        <translation>%1 rader avvisades av det nya projektet (första: %2)</translation>
    </message>
    <message id="recover.references-cleared">
        <source>%1 references to rows that could not be read were emptied (%2)</source>
        <extracomment>%1 how many references were cleared, %2 the columns: &quot;incidents.batch_id&quot;.</extracomment>
        <translation>%1 hänvisningar till rader som inte gick att läsa tömdes (%2)</translation>
    </message>
    <message id="recover.table-missing">
        <source>not in the damaged file (or its definition could not be read)</source>
        <translation>finns inte i den skadade filen (eller så gick dess definition inte att läsa)</translation>
    </message>
    <message id="recover.header-repaired">
        <source>the file's header was damaged; it was read with a repaired header (in a temporary copy)</source>
        <extracomment>The damaged project's header was repaired in a copy so SQLite could read it.</extracomment>
        <translation>filens huvud var skadat; den lästes med ett lagat huvud (i en tillfällig kopia)</translation>
    </message>
    <message id="area.unreadable-geometry">
        <source>The area '%1' has an unreadable geometry.</source>
        <translation>Området '%1' har en geometri som inte går att läsa.</translation>
    </message>
    <message id="area.not-polygon">
        <source>The area '%1' is not a polygon.</source>
        <translation>Området '%1' är ingen polygon.</translation>
    </message>
    <message id="area.read-failed">
        <source>Cannot read the areas: %1</source>
        <translation>Kan inte läsa områdena: %1</translation>
    </message>
    <message id="area.no-areas">
        <source>The project has no areas, so there is no area '%1'.</source>
        <translation>Projektet har inga områden, så det finns inget område '%1'.</translation>
    </message>
    <message id="area.not-found">
        <source>No area is called '%1'. The project's areas: %2.</source>
        <extracomment>%2 the project's areas: &quot;Centrum (EST1), Norr (EST2)&quot;.</extracomment>
        <translation>Inget område heter '%1'. Projektets områden: %2.</translation>
    </message>
    <message id="area.boundary-read-failed">
        <source>Cannot read the municipality boundary: %1</source>
        <translation>Kan inte läsa kommungränsen: %1</translation>
    </message>
    <message id="extent.municipality-boundary">
        <source>the municipality boundary</source>
        <extracomment>What the project's extent is made from (ProjectExtent::basis).</extracomment>
        <translation>kommungränsen</translation>
    </message>
    <message id="extent.project-areas">
        <source>the project's areas</source>
        <translation>projektets områden</translation>
    </message>
    <message id="edit.incident-outside-sweden">
        <source>The position (%1, %2) is outside Sweden in the project's coordinate system (EPSG:%3). Place the incident on the municipality's map.</source>
        <extracomment>%1, %2 the position, %3 the project's EPSG code.</extracomment>
        <translation>Positionen (%1, %2) ligger utanför Sverige i projektets koordinatsystem (EPSG:%3). Placera händelsen på kommunens karta.</translation>
    </message>
    <message id="photo.place-outside-project">
        <source>The position (%1, %2) lies outside the project (%3 with %4 m around it). Place the photo on the municipality's map.</source>
        <extracomment>%1 x, %2 y, %3 what the project's extent is made from, %4 the margin in metres.</extracomment>
        <translation>Positionen (%1, %2) ligger utanför projektet (%3 med %4 m runt om). Placera fotot på kommunens karta.</translation>
    </message>
    <message id="edit.observation-outside-sweden">
        <source>The position (%1, %2) is outside Sweden in the project's coordinate system (EPSG:%3). Place the observation on the municipality's map.</source>
        <translation>Positionen (%1, %2) ligger utanför Sverige i projektets koordinatsystem (EPSG:%3). Placera observationen på kommunens karta.</translation>
    </message>
    <message id="edit.time-before-1970">
        <source>The time %1 is before 1970.</source>
        <extracomment>%1 a local time, &quot;2025-03-01 21:30&quot;.</extracomment>
        <translation>Tiden %1 ligger före 1970.</translation>
    </message>
    <message id="edit.start-before-1970">
        <source>The start %1 is before 1970.</source>
        <translation>Starten %1 ligger före 1970.</translation>
    </message>
    <message id="edit.observation-time-before-1970">
        <source>The observation time %1 is before 1970.</source>
        <translation>Observationstiden %1 ligger före 1970.</translation>
    </message>
    <message id="edit.time-in-future">
        <source>The time %1 is in the future.</source>
        <translation>Tiden %1 ligger i framtiden.</translation>
    </message>
    <message id="edit.start-in-future">
        <source>The start %1 is in the future.</source>
        <translation>Starten %1 ligger i framtiden.</translation>
    </message>
    <message id="edit.observation-time-in-future">
        <source>The observation time %1 is in the future.</source>
        <translation>Observationstiden %1 ligger i framtiden.</translation>
    </message>
    <message id="edit.no-category">
        <source>The incident has no category: choose one of the project's categories.</source>
        <translation>Händelsen har ingen kategori: välj en av projektets kategorier.</translation>
    </message>
    <message id="edit.category-required">
        <source>An incident must have a category: choose one of the project's categories.</source>
        <translation>En händelse måste ha en kategori: välj en av projektets kategorier.</translation>
    </message>
    <message id="edit.unknown-category">
        <source>The category %1 is not one of the project's categories.</source>
        <translation>Kategorin %1 är inte en av projektets kategorier.</translation>
    </message>
    <message id="edit.end-before-start">
        <source>The end %1 is before the start %2.</source>
        <translation>Slutet %1 ligger före starten %2.</translation>
    </message>
    <message id="edit.bad-weight">
        <source>The count or severity %1 is not a number of zero or more.</source>
        <translation>Antalet eller allvarlighetsgraden %1 är inte ett tal från noll och uppåt.</translation>
    </message>
    <message id="edit.unknown-place-type">
        <source>The place type %1 is not one of the project's place types.</source>
        <translation>Platstypen %1 är inte en av projektets platstyper.</translation>
    </message>
    <message id="edit.unknown-walk">
        <source>The project has no safety walk with fid %1.</source>
        <translation>Projektet har ingen trygghetsvandring med fid %1.</translation>
    </message>
    <message id="edit.unknown-checklist-item">
        <source>The checklist item %1 is not one of the project's checklist items.</source>
        <translation>Checklistpunkten %1 är inte en av projektets checklistpunkter.</translation>
    </message>
    <message id="edit.bad-rating">
        <source>The rating %1 is not 0, 1, 2 or 3.</source>
        <translation>Betyget %1 är inte 0, 1, 2 eller 3.</translation>
    </message>
    <message id="edit.unknown-stop">
        <source>The project has no walk stop with fid %1.</source>
        <translation>Projektet har inget vandringsstopp med fid %1.</translation>
    </message>
    <message id="edit.bad-light-condition">
        <source>The light condition %1 is not daylight, dusk or dark.</source>
        <translation>Ljusförhållandet %1 är inte daylight, dusk eller dark.</translation>
    </message>
    <message id="edit.bad-deadline">
        <source>The deadline %1 is not a date (YYYY-MM-DD).</source>
        <translation>Sista datumet %1 är inget datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message id="edit.no-such-incident">
        <source>There is no incident with fid %1 in the project (it may have been deleted).</source>
        <translation>Projektet har ingen händelse med fid %1 (den kan ha tagits bort).</translation>
    </message>
    <message id="edit.no-such-observation">
        <source>There is no observation with fid %1 in the project (it may have been deleted).</source>
        <translation>Projektet har ingen observation med fid %1 (den kan ha tagits bort).</translation>
    </message>
    <message id="edit.incident-not-found">
        <source>There is no incident with fid %1 in the project.</source>
        <translation>Projektet har ingen händelse med fid %1.</translation>
    </message>
    <message id="edit.observation-not-found">
        <source>There is no observation with fid %1 in the project.</source>
        <translation>Projektet har ingen observation med fid %1.</translation>
    </message>
    <message id="edit.incident-exists">
        <source>The incident with fid %1 exists already; it cannot be restored over.</source>
        <translation>Händelsen med fid %1 finns redan; den kan inte återställas över den.</translation>
    </message>
    <message id="edit.observation-exists">
        <source>The observation with fid %1 exists already; it cannot be restored over.</source>
        <translation>Observationen med fid %1 finns redan; den kan inte återställas över den.</translation>
    </message>
    <message id="edit.save-incident-failed">
        <source>Saving the incident failed and the project was not changed: %1</source>
        <extracomment>%1 what SQLite said.</extracomment>
        <translation>Det gick inte att spara händelsen och projektet ändrades inte: %1</translation>
    </message>
    <message id="edit.save-observation-failed">
        <source>Saving the observation failed and the project was not changed: %1</source>
        <translation>Det gick inte att spara observationen och projektet ändrades inte: %1</translation>
    </message>
    <message id="edit.save-incidents-failed">
        <source>Saving the incidents failed and the project was not changed: %1</source>
        <translation>Det gick inte att spara händelserna och projektet ändrades inte: %1</translation>
    </message>
    <message id="edit.save-failed">
        <source>Saving failed and the project was not changed: %1</source>
        <translation>Det gick inte att spara och projektet ändrades inte: %1</translation>
    </message>
    <message id="edit.move-failed">
        <source>Moving failed and the project was not changed: %1</source>
        <translation>Det gick inte att flytta och projektet ändrades inte: %1</translation>
    </message>
    <message id="edit.delete-failed">
        <source>Deleting failed and the project was not changed: %1</source>
        <translation>Det gick inte att ta bort och projektet ändrades inte: %1</translation>
    </message>
    <message id="edit.restore-failed">
        <source>Restoring failed and the project was not changed: %1</source>
        <translation>Det gick inte att återställa och projektet ändrades inte: %1</translation>
    </message>
    <message id="edit.read-records-failed">
        <source>Reading the records failed: %1</source>
        <translation>Det gick inte att läsa posterna: %1</translation>
    </message>
    <message id="edit.read-incident-failed">
        <source>Reading the incident failed: %1</source>
        <translation>Det gick inte att läsa händelsen: %1</translation>
    </message>
    <message id="edit.read-observation-failed">
        <source>Reading the observation failed: %1</source>
        <translation>Det gick inte att läsa observationen: %1</translation>
    </message>
    <message id="demo.bad-end-date">
        <source>The demo's end date must be a valid date written YYYY-MM-DD, not '%1'.</source>
        <translation>Exemplets slutdatum måste vara ett giltigt datum skrivet ÅÅÅÅ-MM-DD, inte '%1'.</translation>
    </message>
    <message id="demo.bad-years">
        <source>The demo covers 1 to 10 years, not %1.</source>
        <translation>Exemplet omfattar 1 till 10 år, inte %1.</translation>
    </message>
    <message id="demo.create-failed">
        <source>Could not create the demo project %1: %2</source>
        <translation>Kunde inte skapa exempelprojektet %1: %2</translation>
    </message>
    <message id="selection.period-reversed">
        <source>The period ends before it starts.</source>
        <translation>Perioden slutar innan den börjar.</translation>
    </message>
    <message id="selection.bad-weekday">
        <source>Weekday %1 does not exist: weekdays are 1 (Monday) to 7 (Sunday).</source>
        <translation>Veckodag %1 finns inte: veckodagarna är 1 (måndag) till 7 (söndag).</translation>
    </message>
    <message id="selection.bad-hour">
        <source>Hour %1 does not exist: hours are 0 to 23.</source>
        <translation>Timme %1 finns inte: timmarna är 0 till 23.</translation>
    </message>
    <message id="selection.area-not-given">
        <source>The area '%1' was not given.</source>
        <translation>Området '%1' angavs inte.</translation>
    </message>
    <message id="selection.unknown-category">
        <source>'%1' is not a category code in this project.</source>
        <translation>'%1' är ingen kategorikod i det här projektet.</translation>
    </message>
    <message id="selection.read-failed">
        <source>Cannot read the incidents: %1</source>
        <translation>Kan inte läsa händelserna: %1</translation>
    </message>
    <message id="selection.outside-one-boundary">
        <source>%1 incident lies outside the project's extent (the bounds of the municipality boundary, widened by %2 km) and is left out:%3. Check its coordinates (a wrong coordinate system on import?).</source>
        <extracomment>Incidents an analysis leaves out for lying outside the project's extent: %1 how many, %2 the margin in km, %3 the first few as &quot; fid 12 (E 449270, N 6574920), fid 13 (…)&quot;, %4 how many more.</extracomment>
        <translation>%1 händelse ligger utanför projektets utbredning (kommungränsens ytterkanter, vidgade med %2 km) och räknas inte med:%3. Kontrollera dess koordinater (fel koordinatsystem vid importen?).</translation>
    </message>
    <message id="selection.outside-many-boundary">
        <source>%1 incidents lie outside the project's extent (the bounds of the municipality boundary, widened by %2 km) and are left out:%3. Check their coordinates (a wrong coordinate system on import?).</source>
        <translation>%1 händelser ligger utanför projektets utbredning (kommungränsens ytterkanter, vidgade med %2 km) och räknas inte med:%3. Kontrollera deras koordinater (fel koordinatsystem vid importen?).</translation>
    </message>
    <message id="selection.outside-many-more-boundary">
        <source>%1 incidents lie outside the project's extent (the bounds of the municipality boundary, widened by %2 km) and are left out:%3 and %4 more. Check their coordinates (a wrong coordinate system on import?).</source>
        <translation>%1 händelser ligger utanför projektets utbredning (kommungränsens ytterkanter, vidgade med %2 km) och räknas inte med:%3 och %4 till. Kontrollera deras koordinater (fel koordinatsystem vid importen?).</translation>
    </message>
    <message id="selection.outside-one-areas">
        <source>%1 incident lies outside the project's extent (the bounds of the project's areas, widened by %2 km) and is left out:%3. Check its coordinates (a wrong coordinate system on import?).</source>
        <translation>%1 händelse ligger utanför projektets utbredning (ytterkanterna av projektets områden, vidgade med %2 km) och räknas inte med:%3. Kontrollera dess koordinater (fel koordinatsystem vid importen?).</translation>
    </message>
    <message id="selection.outside-many-areas">
        <source>%1 incidents lie outside the project's extent (the bounds of the project's areas, widened by %2 km) and are left out:%3. Check their coordinates (a wrong coordinate system on import?).</source>
        <translation>%1 händelser ligger utanför projektets utbredning (ytterkanterna av projektets områden, vidgade med %2 km) och räknas inte med:%3. Kontrollera deras koordinater (fel koordinatsystem vid importen?).</translation>
    </message>
    <message id="selection.outside-many-more-areas">
        <source>%1 incidents lie outside the project's extent (the bounds of the project's areas, widened by %2 km) and are left out:%3 and %4 more. Check their coordinates (a wrong coordinate system on import?).</source>
        <translation>%1 händelser ligger utanför projektets utbredning (ytterkanterna av projektets områden, vidgade med %2 km) och räknas inte med:%3 och %4 till. Kontrollera deras koordinater (fel koordinatsystem vid importen?).</translation>
    </message>
    <message id="analysis.bad-cell-size">
        <source>The cell size must be a positive number of metres (it is %1).</source>
        <translation>Cellstorleken måste vara ett positivt antal meter (den är %1).</translation>
    </message>
    <message id="analysis.point-not-number">
        <source>Point %1 has a coordinate or weight that is not a number.</source>
        <translation>Punkt %1 har en koordinat eller vikt som inte är ett tal.</translation>
    </message>
    <message id="analysis.bad-study-area">
        <source>The study area is not a valid rectangle.</source>
        <translation>Studieområdet är ingen giltig rektangel.</translation>
    </message>
    <message id="analysis.no-incidents">
        <source>no incidents match the selection (%1); nothing was written.</source>
        <extracomment>%1 the selection: &quot;2025-01-01 – 2025-12-31; categories: klotter&quot;.</extracomment>
        <translation>Inga händelser matchar urvalet (%1); inget sparades.</translation>
    </message>
    <message id="analysis.bad-area-kind">
        <source>The kind of areas must be est_area, district, custom or all.</source>
        <translation>Områdestypen måste vara est_area, district, custom eller all.</translation>
    </message>
    <message id="analysis.bad-area-band">
        <source>The distance between neighbouring areas must be 0 or more metres.</source>
        <translation>Avståndet mellan grannområden måste vara 0 meter eller mer.</translation>
    </message>
    <message id="kde.bad-radius">
        <source>The radius must be a positive number of metres (it is %1).</source>
        <translation>Radien måste vara ett positivt antal meter (den är %1).</translation>
    </message>
    <message id="kde.bad-truncation">
        <source>The Gaussian kernel's truncation must be a positive number of standard deviations (it is %1).</source>
        <translation>Den gaussiska kärnans avkortning måste vara ett positivt antal standardavvikelser (den är %1).</translation>
    </message>
    <message id="kde.bad-edge-share">
        <source>The edge correction's minimum share must be above 0 and at most 1 (it is %1).</source>
        <translation>Kantkorrigeringens minsta andel måste vara över 0 och högst 1 (den är %1).</translation>
    </message>
    <message id="kde.edge-kernel-too-large">
        <source>The edge correction works for kernels up to %1 cells across; this one reaches %2 cells. Use a larger cell size.</source>
        <translation>Kantkorrigeringen fungerar för kärnor upp till %1 celler breda; den här når %2 celler. Använd en större cellstorlek.</translation>
    </message>
    <message id="kde.bad-extent">
        <source>The extent is not a valid rectangle.</source>
        <translation>Utbredningen är ingen giltig rektangel.</translation>
    </message>
    <message id="kde.radius-bad-points">
        <source>A default radius needs finite coordinates and non-negative weights.</source>
        <translation>En radie från data kräver ändliga koordinater och vikter som inte är negativa.</translation>
    </message>
    <message id="kde.radius-no-weight">
        <source>A default radius needs points with a positive total weight.</source>
        <translation>En radie från data kräver punkter med en positiv sammanlagd vikt.</translation>
    </message>
    <message id="kde.radius-one-place">
        <source>A default radius needs points at more than one place.</source>
        <translation>En radie från data kräver punkter på mer än ett ställe.</translation>
    </message>
    <message id="kde.no-points">
        <source>There are no points to estimate a density from.</source>
        <translation>Det finns inga punkter att skatta en täthet från.</translation>
    </message>
    <message id="kde.grid-too-large">
        <source>A grid of %1 × %2 cells of %3 m would need %4 GiB, more than the limit of %5 GiB. Use a cell size of at least %6 m.</source>
        <extracomment>%1 × %2 the grid's columns and rows, %3 the cell size, %4 the memory needed, %5 the limit, %6 a cell size that fits.</extracomment>
        <translation>Ett rutnät med %1 × %2 celler på %3 m skulle behöva %4 GiB, mer än gränsen på %5 GiB. Använd en cellstorlek på minst %6 m.</translation>
    </message>
    <message id="kde.mask-mismatch">
        <source>The mask has %1 cells but the grid has %2 (%3 × %4).</source>
        <translation>Masken har %1 celler men rutnätet har %2 (%3 × %4).</translation>
    </message>
    <message id="mask.empty-grid">
        <source>The grid is empty.</source>
        <translation>Rutnätet är tomt.</translation>
    </message>
    <message id="mask.unknown-area">
        <source>%1 A mask is one of the project's areas or 'land'.</source>
        <extracomment>%1 why the area was not found (an area.* message).</extracomment>
        <translation>%1 En mask är ett av projektets områden eller 'land'.</translation>
    </message>
    <message id="mask.cannot-read-layers">
        <source>Cannot read the map layers of %1.</source>
        <translation>Kan inte läsa kartlagren i %1.</translation>
    </message>
    <message id="mask.no-memory">
        <source>Not enough memory for a mask of %1 cells.</source>
        <translation>Det finns inte minne nog för en mask med %1 celler.</translation>
    </message>
    <message id="mask.cannot-read-area">
        <source>Cannot read the area %1.</source>
        <translation>Kan inte läsa området %1.</translation>
    </message>
    <message id="mask.no-land">
        <source>The project has no boundary (map_boundary) and no areas, so 'land' is not known.</source>
        <translation>Projektet har ingen kommungräns (map_boundary) och inga områden, så 'land' är okänt.</translation>
    </message>
    <message id="mask.failed">
        <source>Cannot make the mask.</source>
        <translation>Masken kunde inte göras.</translation>
    </message>
    <message id="hotspots.areas-too-few">
        <source>Gi* on areas needs at least 3 areas; the project has %1.</source>
        <translation>Gi* på områden kräver minst 3 områden; projektet har %1.</translation>
    </message>
    <message id="hotspots.areas-too-few-of-kind">
        <source>Gi* on areas needs at least 3 areas; the project has %1 of kind %2.</source>
        <translation>Gi* på områden kräver minst 3 områden; projektet har %1 av typen %2.</translation>
    </message>
    <message id="hotspots.neighbours-not-found">
        <source>Could not find %1 neighbours for every cell.</source>
        <translation>Kunde inte hitta %1 grannar till varje cell.</translation>
    </message>
    <message id="hotspots.grid-too-large">
        <source>A grid of %1 × %2 cells of %3 m would need %4 MiB, more than the limit of %5 MiB. Use a cell size of at least %6 m.</source>
        <extracomment>%1 × %2 the grid's columns and rows, %3 the cell size, %4 the memory needed, %5 the limit, %6 a cell size that fits.</extracomment>
        <translation>Ett rutnät med %1 × %2 celler på %3 m skulle behöva %4 MiB, mer än gränsen på %5 MiB. Använd en cellstorlek på minst %6 m.</translation>
    </message>
    <message id="hotspots.hexagon-grid-too-large">
        <source>A grid of %1 × %2 hexagons of %3 m would need %4 MiB, more than the limit of %5 MiB. Use a cell size of at least %6 m.</source>
        <translation>Ett rutnät med %1 × %2 hexagoner på %3 m skulle behöva %4 MiB, mer än gränsen på %5 MiB. Använd en cellstorlek på minst %6 m.</translation>
    </message>
    <message id="hotspots.one-area">
        <source>Gi* needs at least two areas (there is one).</source>
        <translation>Gi* kräver minst två områden (det finns ett).</translation>
    </message>
    <message id="hotspots.no-areas">
        <source>Gi* needs at least two areas (there are none).</source>
        <translation>Gi* kräver minst två områden (det finns inga).</translation>
    </message>
    <message id="hotspots.neighbour-list-mismatch">
        <source>There are %1 values but neighbour lists for %2 areas.</source>
        <translation>Det finns %1 värden men grannlistor för %2 områden.</translation>
    </message>
    <message id="hotspots.area-value-not-number">
        <source>The value of area %1 is not a number.</source>
        <translation>Värdet för område %1 är inte ett tal.</translation>
    </message>
    <message id="hotspots.bad-neighbour">
        <source>Area %1 lists neighbour %2, but there are only %3 areas.</source>
        <translation>Område %1 har granne %2, men det finns bara %3 områden.</translation>
    </message>
    <message id="hotspots.bad-neighbour-weight">
        <source>Area %1 has a neighbour weight that is negative or not a number.</source>
        <translation>Område %1 har en grannvikt som är negativ eller inte ett tal.</translation>
    </message>
    <message id="hotspots.bad-band">
        <source>The distance band must be a positive number of metres (it is %1).</source>
        <translation>Avståndsbandet måste vara ett positivt antal meter (det är %1).</translation>
    </message>
    <message id="hotspots.bad-neighbour-count">
        <source>The number of neighbours must be at least 1 (it is %1).</source>
        <translation>Antalet grannar måste vara minst 1 (det är %1).</translation>
    </message>
    <message id="hotspots.no-events">
        <source>There are no events to find hot spots in.</source>
        <translation>Det finns inga händelser att söka heta punkter bland.</translation>
    </message>
    <message id="hotspots.single-cell">
        <source>The grid has a single cell; use a smaller cell size.</source>
        <translation>Rutnätet har bara en cell; använd en mindre cellstorlek.</translation>
    </message>
    <message id="hotspots.too-many-neighbours">
        <source>The number of neighbours (%1) must be smaller than the number of cells (%2).</source>
        <translation>Antalet grannar (%1) måste vara mindre än antalet celler (%2).</translation>
    </message>
    <message id="hotspots.all-equal">
        <source>All values are equal, so there are no hot or cold spots to find.</source>
        <translation>Alla värden är lika, så det finns inga heta eller kalla punkter att hitta.</translation>
    </message>
    <message id="hotspots.few-areas">
        <source>There are only %1 areas; Gi* needs at least 30 to be meaningful.</source>
        <translation>Det finns bara %1 områden; Gi* behöver minst 30 för att säga något.</translation>
    </message>
    <message id="hotspots.few-events">
        <source>There are only %1 events; hot spots from fewer than 30 mean little.</source>
        <translation>Det finns bara %1 händelser; heta punkter från färre än 30 säger lite.</translation>
    </message>
    <message id="hotspots.events-outside">
        <source>%1 events outside the study area were left out.</source>
        <translation>%1 händelser utanför studieområdet togs inte med.</translation>
    </message>
    <message id="hotspots.band-below-cell">
        <source>The distance band (%1 m) is smaller than the cell size (%2 m), so each cell is its own only neighbour.</source>
        <translation>Avståndsbandet (%1 m) är mindre än cellstorleken (%2 m), så varje cell är sin enda granne.</translation>
    </message>
    <message id="clusters.bad-eps">
        <source>The search distance (eps) must be a positive number of metres; got %1.</source>
        <translation>Sökavståndet (eps) måste vara ett positivt antal meter; det är %1.</translation>
    </message>
    <message id="clusters.bad-min-points">
        <source>The minimum number of points must be at least 1; got %1.</source>
        <translation>Minsta antalet punkter måste vara minst 1; det är %1.</translation>
    </message>
    <message id="clusters.too-many-points">
        <source>Too many points to cluster at once (%1).</source>
        <translation>För många punkter att klustra på en gång (%1).</translation>
    </message>
    <message id="clusters.bad-point">
        <source>Point %1 has invalid coordinates (x %2, y %3).</source>
        <translation>Punkt %1 har ogiltiga koordinater (x %2, y %3).</translation>
    </message>
    <message id="clusters.bad-time-eps">
        <source>The time window (time eps) must be a positive number of seconds; got %1.</source>
        <translation>Tidsfönstret (tids-eps) måste vara ett positivt antal sekunder; det är %1.</translation>
    </message>
    <message id="clusters.times-mismatch">
        <source>Expected one time per point (%1), got %2.</source>
        <translation>En tid per punkt väntades (%1), men det finns %2.</translation>
    </message>
    <message id="clusters.bad-time-window">
        <source>The time window must be more than 0 days.</source>
        <translation>Tidsfönstret måste vara mer än 0 dagar.</translation>
    </message>
    <message id="clusters.bad-concavity">
        <source>The concavity must lie between 0 and 1.</source>
        <translation>Konkaviteten måste ligga mellan 0 och 1.</translation>
    </message>
    <message id="clusters.bad-hull-concavity">
        <source>The concavity must be above 0 and at most 1 (1 is the convex hull).</source>
        <translation>Konkaviteten måste vara över 0 och högst 1 (1 är det konvexa höljet).</translation>
    </message>
    <message id="clusters.foreign-clustering">
        <source>The clustering does not belong to these incidents.</source>
        <translation>Klustringen hör inte till de här händelserna.</translation>
    </message>
    <message id="compare.needs-period">
        <source>A comparison needs a period with a start and an end.</source>
        <translation>En jämförelse kräver en period med start och slut.</translation>
    </message>
    <message id="compare.no-incidents">
        <source>no incidents match the selection in either period (%1 and %2); nothing was written.</source>
        <extracomment>%1, %2 the selections of the two periods.</extracomment>
        <translation>Inga händelser matchar urvalet i någon av perioderna (%1 och %2); inget sparades.</translation>
    </message>
    <message id="compare.few-incidents">
        <source>few incidents; differences between periods are mostly chance at these counts.</source>
        <translation>Få händelser; skillnader mellan perioderna beror mest på slumpen vid så små antal.</translation>
    </message>
    <message id="temporal.time-reversed">
        <source>The time of event %1 (fid %2) ends before it starts.</source>
        <extracomment>%1 the event's position in the list, %2 its fid.</extracomment>
        <translation>Tiden för händelse %1 (fid %2) slutar innan den börjar.</translation>
    </message>
    <message id="temporal.coordinates-not-numbers">
        <source>The coordinates of event %1 (fid %2) are not numbers.</source>
        <translation>Koordinaterna för händelse %1 (fid %2) är inte tal.</translation>
    </message>
    <message id="temporal.current-coordinates-not-numbers">
        <source>The coordinates of current event %1 (fid %2) are not numbers.</source>
        <translation>Koordinaterna för händelse %1 (fid %2) i den aktuella perioden är inte tal.</translation>
    </message>
    <message id="temporal.earlier-coordinates-not-numbers">
        <source>The coordinates of earlier event %1 (fid %2) are not numbers.</source>
        <translation>Koordinaterna för händelse %1 (fid %2) i den tidigare perioden är inte tal.</translation>
    </message>
    <message id="temporal.weight-not-number">
        <source>The weight of event %1 (fid %2) is not a number.</source>
        <translation>Vikten för händelse %1 (fid %2) är inte ett tal.</translation>
    </message>
    <message id="temporal.period-reversed">
        <source>The period must end after it starts (it is from %1 until %2).</source>
        <extracomment>%1, %2 the period's start and end (UTC).</extracomment>
        <translation>Perioden måste sluta efter att den börjat (den går från %1 till %2).</translation>
    </message>
    <message id="temporal.current-period-reversed">
        <source>The current period must end after it starts (it is from %1 until %2).</source>
        <translation>Den aktuella perioden måste sluta efter att den börjat (den går från %1 till %2).</translation>
    </message>
    <message id="temporal.earlier-period-reversed">
        <source>The earlier period must end after it starts (it is from %1 until %2).</source>
        <translation>Den tidigare perioden måste sluta efter att den börjat (den går från %1 till %2).</translation>
    </message>
    <message id="temporal.bad-alpha">
        <source>The significance level must lie between 0 and 1 (it is %1).</source>
        <translation>Signifikansnivån måste ligga mellan 0 och 1 (den är %1).</translation>
    </message>
    <message id="temporal.too-many-weeks">
        <source>The period from %1 to %2 has more than %3 weeks.</source>
        <translation>Perioden från %1 till %2 har fler än %3 veckor.</translation>
    </message>
    <message id="temporal.too-many-months">
        <source>The period from %1 to %2 has more than %3 months.</source>
        <translation>Perioden från %1 till %2 har fler än %3 månader.</translation>
    </message>
    <message id="temporal.bad-successes">
        <source>The number of successes (%1) must lie between 0 and the number of trials (%2).</source>
        <translation>Antalet utfall (%1) måste ligga mellan 0 och antalet försök (%2).</translation>
    </message>
    <message id="temporal.bad-probability">
        <source>The probability must lie strictly between 0 and 1 (it is %1).</source>
        <translation>Sannolikheten måste ligga strikt mellan 0 och 1 (den är %1).</translation>
    </message>
    <message id="temporal.negative-counts">
        <source>Counts cannot be negative.</source>
        <translation>Antal kan inte vara negativa.</translation>
    </message>
    <message id="temporal.bad-exposures">
        <source>The exposures (period lengths) must be positive numbers (they are %1 and %2).</source>
        <translation>Exponeringarna (periodernas längder) måste vara positiva tal (de är %1 och %2).</translation>
    </message>
    <message id="temporal.counts-too-large">
        <source>The counts are too large.</source>
        <translation>Antalen är för stora.</translation>
    </message>
    <message id="temporal.no-areas">
        <source>There are no areas to compare; add areas to the project first.</source>
        <translation>Det finns inga områden att jämföra; lägg först till områden i projektet.</translation>
    </message>
    <message id="temporal.no-events">
        <source>There are no events in either period to compare.</source>
        <translation>Det finns inga händelser i någon av perioderna att jämföra.</translation>
    </message>
    <message id="temporal.grid-too-large">
        <source>A grid of %1 m cells over this area has too many cells.</source>
        <translation>Ett rutnät med celler på %1 m över det här området får för många celler.</translation>
    </message>
    <message id="knox.too-few-events">
        <source>The Knox test needs at least two events (there are %1).</source>
        <translation>Knox-testet kräver minst två händelser (det finns %1).</translation>
    </message>
    <message id="knox.too-many-events">
        <source>Too many events for the Knox test.</source>
        <translation>För många händelser för Knox-testet.</translation>
    </message>
    <message id="knox.no-distance-bands">
        <source>Give at least one distance band.</source>
        <translation>Ange minst ett avståndsband.</translation>
    </message>
    <message id="knox.no-time-bands">
        <source>Give at least one time band.</source>
        <translation>Ange minst ett tidsband.</translation>
    </message>
    <message id="knox.distance-band-not-positive">
        <source>The distance bands' limits must be positive numbers of metres (limit %1 is %2).</source>
        <extracomment>%1 the limit's position in the list, %2 its value.</extracomment>
        <translation>Avståndsbandens gränser måste vara positiva antal meter (gräns %1 är %2).</translation>
    </message>
    <message id="knox.time-band-not-positive">
        <source>The time bands' limits must be positive numbers of days (limit %1 is %2).</source>
        <translation>Tidsbandens gränser måste vara positiva antal dagar (gräns %1 är %2).</translation>
    </message>
    <message id="knox.distance-bands-not-increasing">
        <source>The distance bands' limits must increase (%1 is followed by %2).</source>
        <translation>Avståndsbandens gränser måste öka (%1 följs av %2).</translation>
    </message>
    <message id="knox.time-bands-not-increasing">
        <source>The time bands' limits must increase (%1 is followed by %2).</source>
        <translation>Tidsbandens gränser måste öka (%1 följs av %2).</translation>
    </message>
    <message id="knox.no-permutations">
        <source>The Knox test needs at least one permutation (it was given %1); 99 or 999 are usual.</source>
        <translation>Knox-testet kräver minst en permutation (det fick %1); 99 eller 999 är vanligt.</translation>
    </message>
    <message id="knox.spread-too-far">
        <source>The events are spread too far apart for distance bands of %1 m.</source>
        <translation>Händelserna ligger för långt isär för avståndsband på %1 m.</translation>
    </message>
    <message id="knox.too-many-pairs">
        <source>More than %1 pairs of events lie within %2 m of each other; use smaller distance bands or fewer events (a shorter period or a smaller area).</source>
        <translation>Fler än %1 par av händelser ligger inom %2 m från varandra; använd mindre avståndsband eller färre händelser (en kortare period eller ett mindre område).</translation>
    </message>
    <message id="results.cannot-create-layer">
        <source>Cannot create the layer %1</source>
        <translation>Kan inte skapa lagret %1</translation>
    </message>
    <message id="results.cannot-create-field">
        <source>Cannot create the field %1 of %2</source>
        <translation>Kan inte skapa fältet %1 i %2</translation>
    </message>
    <message id="results.cannot-write-feature">
        <source>Cannot write a feature of %1</source>
        <translation>Kan inte skriva ett objekt i %1</translation>
    </message>
    <message id="results.cannot-write">
        <source>Cannot write %1</source>
        <translation>Kan inte skriva %1</translation>
    </message>
    <message id="results.cannot-write-table-to">
        <source>Cannot write %1 to %2</source>
        <translation>Kan inte skriva %1 till %2</translation>
    </message>
    <message id="results.cannot-write-raster">
        <source>Cannot write the raster %1</source>
        <translation>Kan inte skriva rastret %1</translation>
    </message>
    <message id="results.cannot-write-raster-to">
        <source>Cannot write the raster %1 to %2</source>
        <translation>Kan inte skriva rastret %1 till %2</translation>
    </message>
    <message id="results.cannot-write-result-to">
        <source>Cannot write the result to %1</source>
        <translation>Kan inte skriva resultatet till %1</translation>
    </message>
    <message id="results.cannot-read">
        <source>Cannot read %1</source>
        <translation>Kan inte läsa %1</translation>
    </message>
    <message id="results.cannot-read-raster">
        <source>Cannot read the raster %1</source>
        <translation>Kan inte läsa rastret %1</translation>
    </message>
    <message id="results.bad-extension">
        <source>Cannot write %1: the file name must end in .gpkg, .geojson or .csv.</source>
        <translation>Kan inte skriva %1: filnamnet måste sluta på .gpkg, .geojson eller .csv.</translation>
    </message>
    <message id="results.nothing-to-write">
        <source>Nothing to write to %1.</source>
        <translation>Inget att skriva till %1.</translation>
    </message>
    <message id="results.many-tables-need-gpkg">
        <source>This result has %1 tables; write it to a GeoPackage (.gpkg), which holds them all.</source>
        <translation>Det här resultatet har %1 tabeller; skriv det till en GeoPackage (.gpkg), som rymmer dem alla.</translation>
    </message>
    <message id="results.export-many-tables-need-gpkg">
        <source>'%1' has %2 tables; export it to a GeoPackage (.gpkg), which holds them all.</source>
        <translation>'%1' har %2 tabeller; exportera det till en GeoPackage (.gpkg), som rymmer dem alla.</translation>
    </message>
    <message id="results.too-many-named">
        <source>Too many results are called '%1'.</source>
        <translation>För många resultat heter '%1'.</translation>
    </message>
    <message id="results.read-failed">
        <source>Cannot read the stored results: %1</source>
        <translation>Kan inte läsa de sparade resultaten: %1</translation>
    </message>
    <message id="results.need-name">
        <source>A result needs a name.</source>
        <translation>Ett resultat behöver ett namn.</translation>
    </message>
    <message id="results.name-taken">
        <source>The project already has a result called '%1'. Choose another name or replace it.</source>
        <translation>Projektet har redan ett resultat som heter '%1'. Välj ett annat namn eller ersätt det.</translation>
    </message>
    <message id="results.table-taken">
        <source>The project already has a table %1 that is not a Tryggkarta result; choose another name.</source>
        <translation>Projektet har redan en tabell %1 som inte är ett Tryggkarta-resultat; välj ett annat namn.</translation>
    </message>
    <message id="results.table-exists">
        <source>The project already has a table %1; choose another name.</source>
        <translation>Projektet har redan en tabell %1; välj ett annat namn.</translation>
    </message>
    <message id="results.scratch-read-failed">
        <source>Cannot read the result written to %1: %2</source>
        <translation>Kan inte läsa resultatet som skrevs till %1: %2</translation>
    </message>
    <message id="results.store-failed">
        <source>Cannot store the result in the project: %1</source>
        <translation>Kan inte spara resultatet i projektet: %1</translation>
    </message>
    <message id="results.raster-mismatch">
        <source>The raster does not match its grid.</source>
        <translation>Rastret stämmer inte med sitt rutnät.</translation>
    </message>
    <message id="results.no-tables">
        <source>The result has no tables.</source>
        <translation>Resultatet har inga tabeller.</translation>
    </message>
    <message id="results.not-found">
        <source>The project has no result called '%1'. Stored results: %2.</source>
        <extracomment>%2 the stored results: &quot;'Heatmap våren', 'Hot spots 2024'&quot;.</extracomment>
        <translation>Projektet har inget resultat som heter '%1'. Sparade resultat: %2.</translation>
    </message>
    <message id="results.not-found-none">
        <source>The project has no result called '%1'. It has no stored results.</source>
        <translation>Projektet har inget resultat som heter '%1'. Det har inga sparade resultat.</translation>
    </message>
    <message id="results.remove-failed">
        <source>Cannot remove the result: %1</source>
        <translation>Kan inte ta bort resultatet: %1</translation>
    </message>
    <message id="results.export-to-project">
        <source>Cannot export to %1: it is the project file itself. Choose another file name.</source>
        <translation>Kan inte exportera till %1: det är själva projektfilen. Välj ett annat filnamn.</translation>
    </message>
    <message id="results.raster-needs-tif">
        <source>'%1' is a raster: export it to a GeoTIFF (.tif).</source>
        <translation>'%1' är ett raster: exportera det till en GeoTIFF (.tif).</translation>
    </message>
    <message id="results.lost-table">
        <source>The project has lost the table %1 of '%2'.</source>
        <translation>Projektet har förlorat tabellen %1 i '%2'.</translation>
    </message>
    <message id="import.file-is-folder">
        <source>%1 is a folder, not a file.</source>
        <translation>%1 är en mapp, inte en fil.</translation>
    </message>
    <message id="import.file-empty">
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 är tom: det finns inget att importera.</translation>
    </message>
    <message id="import.unknown-file-type">
        <source>%1: unknown file type '%2'. Tryggkarta imports CSV, GeoJSON, GeoPackage, Shapefile, XLSX and GPX files.</source>
        <translation>%1: okänd filtyp '%2'. Tryggkarta importerar filer i CSV, GeoJSON, GeoPackage, Shapefile, XLSX och GPX.</translation>
    </message>
    <message id="import.unreadable-format">
        <source>%1 is not a valid %2 file: it could not be read.</source>
        <translation>%1 är ingen giltig %2-fil: den gick inte att läsa.</translation>
    </message>
    <message id="import.unreadable-format-detail">
        <source>%1 is not a valid %2 file: it could not be read (%3).</source>
        <translation>%1 är ingen giltig %2-fil: den gick inte att läsa (%3).</translation>
    </message>
    <message id="import.format-is-other">
        <source>%1 is not a valid %2 file: it is a %3 file.</source>
        <translation>%1 är ingen giltig %2-fil: det är en %3-fil.</translation>
    </message>
    <message id="import.no-such-layer">
        <source>%1 has no layer '%2'.</source>
        <translation>%1 har inget lager '%2'.</translation>
    </message>
    <message id="import.no-such-layer-among">
        <source>%1 has no layer '%2'; its layers are %3.</source>
        <extracomment>%3 the layers with their geometry types: &quot;vecka1 (Point), omraden (Polygon)&quot;.</extracomment>
        <translation>%1 har inget lager '%2'; dess lager är %3.</translation>
    </message>
    <message id="import.no-waypoints">
        <source>%1 has no waypoints: Tryggkarta imports GPX waypoints, not tracks or routes.</source>
        <translation>%1 har inga waypoints: Tryggkarta importerar waypoints ur GPX, inte spår eller rutter.</translation>
    </message>
    <message id="import.no-layers">
        <source>%1 has no layers: there is nothing to import.</source>
        <translation>%1 har inga lager: det finns inget att importera.</translation>
    </message>
    <message id="import.layer-not-points">
        <source>%1: the layer '%2' holds %3 geometries, not points; its layers are %4.</source>
        <translation>%1: lagret '%2' innehåller geometrier av typen %3, inte punkter; filens lager är %4.</translation>
    </message>
    <message id="import.no-columns">
        <source>%1 has no columns: there is nothing to import.</source>
        <translation>%1 har inga kolumner: det finns inget att importera.</translation>
    </message>
    <message id="import.no-rows">
        <source>%1 has a header but no rows: there is nothing to import.</source>
        <translation>%1 har en rubrikrad men inga rader: det finns inget att importera.</translation>
    </message>
    <message id="import.too-many-columns">
        <source>%1 has %2 columns; at most %3 can be imported (more than a spreadsheet holds), so the file is refused.</source>
        <extracomment>%2 the number of columns, %3 the limit.</extracomment>
        <translation>%1 har %2 kolumner; högst %3 kan importeras (fler än ett kalkylblad rymmer), så filen avvisas.</translation>
    </message>
    <message id="import.json-too-deep">
        <source>%1: the JSON on line %2 is nested more than %3 levels deep; no GeoJSON file needs that many, so the file is refused.</source>
        <extracomment>%2 the line, %3 the limit.</extracomment>
        <translation>%1: JSON-strukturen på rad %2 är kapslad i fler än %3 nivåer; ingen GeoJSON-fil behöver så många, så filen avvisas.</translation>
    </message>
    <message id="import.json-too-many-names">
        <source>%1 has more than %2 different property names (passed on line %3); at most %2 columns can be imported, so the file is refused.</source>
        <extracomment>%2 the limit, %3 the line where it was passed.</extracomment>
        <translation>%1 har fler än %2 olika egenskapsnamn (gränsen passerades på rad %3); högst %2 kolumner kan importeras, så filen avvisas.</translation>
    </message>
    <message id="import.sheet-too-many-rows">
        <source>%1: the sheet %2 has a row numbered %3; a sheet has at most %4 rows (as in Excel), so the file is refused.</source>
        <extracomment>%2 the sheet, %3 the row number, %4 the limit.</extracomment>
        <translation>%1: bladet %2 har en rad med nummer %3; ett blad har högst %4 rader (som i Excel), så filen avvisas.</translation>
    </message>
    <message id="import.sheet-too-many-columns">
        <source>%1: the sheet %2 has a cell on row %3 in column number %4; a sheet has at most %5 columns (as in Excel), so the file is refused.</source>
        <extracomment>%2 the sheet, %3 the row, %4 the column's number, %5 the limit.</extracomment>
        <translation>%1: bladet %2 har en cell på rad %3 i kolumn nummer %4; ett blad har högst %5 kolumner (som i Excel), så filen avvisas.</translation>
    </message>
    <message id="csv.not-regular-file">
        <source>Cannot read %1: not a regular file</source>
        <translation>Kan inte läsa %1: det är ingen vanlig fil</translation>
    </message>
    <message id="csv.binary">
        <source>%1 is not a text (CSV) file: it looks like %2.</source>
        <extracomment>%2 what the file looks like (one of the csv.binary-* messages).</extracomment>
        <translation>%1 är ingen textfil (CSV): den ser ut att vara %2.</translation>
    </message>
    <message id="csv.binary-zip">
        <source>a ZIP archive (an Excel .xlsx workbook or a zipped file?)</source>
        <translation>ett ZIP-arkiv (en Excel-arbetsbok .xlsx eller en zippad fil?)</translation>
    </message>
    <message id="csv.binary-sqlite">
        <source>an SQLite database (a GeoPackage?)</source>
        <translation>en SQLite-databas (en GeoPackage?)</translation>
    </message>
    <message id="csv.binary-pdf">
        <source>a PDF document</source>
        <translation>ett PDF-dokument</translation>
    </message>
    <message id="csv.binary-office">
        <source>an old Excel .xls or Office document</source>
        <translation>ett gammalt Excel .xls- eller Office-dokument</translation>
    </message>
    <message id="csv.binary-shapefile">
        <source>an ESRI Shapefile .shp</source>
        <translation>en ESRI Shapefile .shp</translation>
    </message>
    <message id="csv.binary-data">
        <source>binary data</source>
        <translation>binära data</translation>
    </message>
    <message id="csv.invalid-utf8">
        <source>%1 is not valid UTF-8 (line %2): choose the Windows-1252 encoding for files saved by older Excel versions.</source>
        <translation>%1 är inte giltig UTF-8 (rad %2): välj teckenkodningen Windows-1252 för filer som sparats av äldre Excel-versioner.</translation>
    </message>
    <message id="csv.no-header">
        <source>%1 has no header row: there is nothing to import.</source>
        <translation>%1 har ingen rubrikrad: det finns inget att importera.</translation>
    </message>
    <message id="csv.single-column">
        <source>%1 has a single column: it is not a CSV file with coordinates (delimiter not found; tried comma, semicolon and tab).</source>
        <translation>%1 har bara en kolumn: det är ingen CSV-fil med koordinater (avgränsaren hittades inte; komma, semikolon och tabb prövades).</translation>
    </message>
    <message id="csv.too-many-columns">
        <source>%1: the header on line %2 has %3 columns; at most %4 can be imported (more than a spreadsheet holds), so the file is refused.</source>
        <extracomment>%2 the line, %3 the header's columns, %4 the limit.</extracomment>
        <translation>%1: rubrikraden på rad %2 har %3 kolumner; högst %4 kan importeras (fler än ett kalkylblad rymmer), så filen avvisas.</translation>
    </message>
    <message id="csv.header-name-too-long">
        <source>%1: a column name in the header on line %2 is %3 bytes long, more than the limit of %4 bytes; it is not a header row, so the file is refused.</source>
        <extracomment>%2 the line, %3 the name's length in bytes, %4 the limit.</extracomment>
        <translation>%1: ett kolumnnamn i rubrikraden på rad %2 är %3 byte långt, mer än gränsen %4 byte; det är ingen rubrikrad, så filen avvisas.</translation>
    </message>
    <message id="import.column-mapped-twice">
        <source>The column '%1' is mapped to both %2 and %3.</source>
        <translation>Kolumnen '%1' är kopplad till både %2 och %3.</translation>
    </message>
    <message id="import.unknown-field">
        <source>Unknown field '%1' in the mapping; fields are: %2</source>
        <translation>Okänt fält '%1' i kopplingen; fälten är: %2</translation>
    </message>
    <message id="import.no-such-column">
        <source>%1: has no column '%2' (mapped to %3) (columns: %4)</source>
        <extracomment>%4 the file's columns.</extracomment>
        <translation>%1: har ingen kolumn '%2' (kopplad till %3) (kolumner: %4)</translation>
    </message>
    <message id="import.no-coordinate-columns">
        <source>%1: no coordinate columns found; map the x and y (or longitude and latitude) columns (columns: %2)</source>
        <translation>%1: inga koordinatkolumner hittades; koppla kolumnerna med x och y (eller longitud och latitud) (kolumner: %2)</translation>
    </message>
    <message id="import.no-date-column">
        <source>%1: no date column found; map the date column (columns: %2)</source>
        <translation>%1: ingen datumkolumn hittades; koppla kolumnen med datum (kolumner: %2)</translation>
    </message>
    <message id="import.no-category-column">
        <source>%1: no category column found; map the category column (columns: %2)</source>
        <translation>%1: ingen kategorikolumn hittades; koppla kolumnen med kategori (kolumner: %2)</translation>
    </message>
    <message id="import.unknown-epsg">
        <source>%1: Unknown coordinate system EPSG:%2</source>
        <translation>%1: Okänt koordinatsystem EPSG:%2</translation>
    </message>
    <message id="import.crs-no-numbers">
        <source>%1: Cannot tell the coordinate system: no row has numeric coordinates to recognise the coordinate system from.</source>
        <translation>%1: Kan inte avgöra koordinatsystemet: ingen rad har koordinater som tal att känna igen det från.</translation>
    </message>
    <message id="import.crs-local-zone">
        <source>%1: Cannot tell the coordinate system: the coordinates look like a local SWEREF 99 zone (EPSG:3007–3018) but the zone cannot be told from the values; choose it (for example EPSG:3008 for SWEREF 99 13 30).</source>
        <translation>%1: Kan inte avgöra koordinatsystemet: koordinaterna ser ut att vara en lokal SWEREF 99-zon (EPSG:3007–3018) men vilken zon går inte att avgöra av värdena; välj den (till exempel EPSG:3008 för SWEREF 99 13 30).</translation>
    </message>
    <message id="import.crs-not-recognised">
        <source>%1: Cannot tell the coordinate system: the coordinates (median %2, %3) are not WGS 84, SWEREF 99 or RT90 values in Sweden; choose the coordinate system.</source>
        <extracomment>%2, %3 the medians of the two coordinate columns.</extracomment>
        <translation>%1: Kan inte avgöra koordinatsystemet: koordinaterna (median %2, %3) är inte värden i WGS 84, SWEREF 99 eller RT90 i Sverige; välj koordinatsystemet.</translation>
    </message>
    <message id="import.crs-chosen">
        <source>EPSG:%1 (chosen)</source>
        <extracomment>The coordinate system an import reads, as its report gives it. %1 an EPSG code, %2 the system's name.</extracomment>
        <translation>EPSG:%1 (valt)</translation>
    </message>
    <message id="import.crs-from-file">
        <source>%1 (from the file)</source>
        <extracomment>%1 the system's authority code and name, e.g. &quot;EPSG:3006 (SWEREF99 TM)&quot;.</extracomment>
        <translation>%1 (från filen)</translation>
    </message>
    <message id="import.crs-recognised">
        <source>EPSG:%1 (%2, recognised from the values)</source>
        <translation>EPSG:%1 (%2, känt igen på värdena)</translation>
    </message>
    <message id="import.crs-recognised-local-zone">
        <source>EPSG:%1 (a local SWEREF 99 zone: the one that places the points in the project area)</source>
        <translation>EPSG:%1 (en lokal SWEREF 99-zon: den som lägger punkterna i projektets område)</translation>
    </message>
    <message id="import.cannot-transform">
        <source>%1: cannot transform from %2 to the project's coordinate system.</source>
        <translation>%1: kan inte transformera från %2 till projektets koordinatsystem.</translation>
    </message>
    <message id="import.unknown-default-source">
        <source>Unknown source '%1': use est, police, safety_walk or manual.</source>
        <translation>Okänd källa '%1': använd est, police, safety_walk eller manual.</translation>
    </message>
    <message id="import.mapped-to-unknown-category">
        <source>'%1' is mapped to '%2', which is not a category code in this project.</source>
        <translation>'%1' är kopplat till '%2', som inte är en kategorikod i det här projektet.</translation>
    </message>
    <message id="import.mapped-to-unknown-checklist-item">
        <source>'%1' is mapped to '%2', which is not a checklist item code in this project.</source>
        <translation>'%1' är kopplat till '%2', som inte är en checklistpunktskod i det här projektet.</translation>
    </message>
    <message id="import.row-unterminated-quote">
        <source>a value opens a quote (&quot;) that is never closed (a stray quote, or the file is truncated)</source>
        <translation>ett värde öppnar ett citattecken (&quot;) som aldrig stängs (ett lösryckt citattecken, eller så är filen avkortad)</translation>
    </message>
    <message id="import.row-too-many-values">
        <source>the row has %1 values but the header has %2 columns (an unquoted delimiter inside a value?)</source>
        <translation>raden har %1 värden men rubrikraden har %2 kolumner (en avgränsare utan citattecken inne i ett värde?)</translation>
    </message>
    <message id="import.row-value-too-long">
        <source>a value in column %1 is %2 bytes long, more than the limit of %3 bytes for one value (the row is kept shortened among the rejected)</source>
        <translation>ett värde i kolumnen %1 är %2 byte långt, mer än gränsen %3 byte för ett värde (raden sparas förkortad bland de avvisade)</translation>
    </message>
    <message id="import.row-not-a-point">
        <source>the geometry is a %1, not a point</source>
        <translation>geometrin är en %1, inte en punkt</translation>
    </message>
    <message id="import.row-no-geometry">
        <source>missing coordinates (the feature has no geometry)</source>
        <translation>koordinater saknas (objektet har ingen geometri)</translation>
    </message>
    <message id="import.row-missing-coordinates">
        <source>missing coordinates</source>
        <translation>koordinater saknas</translation>
    </message>
    <message id="import.row-coordinates-not-numbers">
        <source>the coordinates %1, %2 are not numbers</source>
        <translation>koordinaterna %1, %2 är inte tal</translation>
    </message>
    <message id="import.row-outside-sweden">
        <source>the coordinates (%1, %2) are outside Sweden</source>
        <translation>koordinaterna (%1, %2) ligger utanför Sverige</translation>
    </message>
    <message id="import.row-missing-date">
        <source>missing date</source>
        <translation>datum saknas</translation>
    </message>
    <message id="import.row-unreadable-date">
        <source>cannot read the date %1</source>
        <translation>kan inte läsa datumet %1</translation>
    </message>
    <message id="import.row-unreadable-time">
        <source>cannot read the time %1</source>
        <translation>kan inte läsa tiden %1</translation>
    </message>
    <message id="import.row-unreadable-start">
        <source>cannot read the start time %1</source>
        <translation>kan inte läsa starttiden %1</translation>
    </message>
    <message id="import.row-start-without-date">
        <source>the start time %1 has no date</source>
        <translation>starttiden %1 har inget datum</translation>
    </message>
    <message id="import.row-unreadable-end">
        <source>cannot read the end time %1</source>
        <translation>kan inte läsa sluttiden %1</translation>
    </message>
    <message id="import.row-end-before-start">
        <source>the end %1 is before the start %2</source>
        <translation>slutet %1 ligger före starten %2</translation>
    </message>
    <message id="import.row-date-in-future">
        <source>the date %1 is in the future</source>
        <translation>datumet %1 ligger i framtiden</translation>
    </message>
    <message id="import.row-date-before-1970">
        <source>the date %1 is before 1970</source>
        <translation>datumet %1 ligger före 1970</translation>
    </message>
    <message id="import.row-missing-category">
        <source>missing category</source>
        <translation>kategori saknas</translation>
    </message>
    <message id="import.row-unknown-category">
        <source>unknown category %1</source>
        <translation>okänd kategori %1</translation>
    </message>
    <message id="import.row-bad-weight">
        <source>the count/severity %1 is not a number of zero or more</source>
        <translation>antalet/allvarlighetsgraden %1 är inte ett tal från noll och uppåt</translation>
    </message>
    <message id="import.row-unknown-source">
        <source>unknown source %1 (use EST, polis, trygghetsvandring or manuell)</source>
        <translation>okänd källa %1 (använd EST, polis, trygghetsvandring eller manuell)</translation>
    </message>
    <message id="import.row-unknown-walk">
        <source>unknown safety walk %1</source>
        <translation>okänd trygghetsvandring %1</translation>
    </message>
    <message id="import.row-unknown-checklist-item">
        <source>unknown checklist item %1</source>
        <translation>okänd checklistpunkt %1</translation>
    </message>
    <message id="import.row-bad-rating">
        <source>the rating %1 is not 0, 1, 2 or 3</source>
        <translation>betyget %1 är inte 0, 1, 2 eller 3</translation>
    </message>
    <message id="import.row-bad-positive">
        <source>cannot tell whether %1 means positive (ja/nej)</source>
        <translation>kan inte avgöra om %1 betyder positiv (ja/nej)</translation>
    </message>
    <message id="import.invalid-bytes-replaced">
        <source>%1 is UTF-8 with some invalid bytes (UTF-8, %2 invalid bytes replaced, the first on line %3); they were replaced with &quot;�&quot;. Check the rows around them.</source>
        <extracomment>%2 the number of bytes replaced, %3 the line of the first.</extracomment>
        <translation>%1 är UTF-8 med några ogiltiga byte (%2 ogiltiga byte ersatta, den första på rad %3); de ersattes med &quot;�&quot;. Kontrollera raderna runt dem.</translation>
    </message>
    <message id="import.column-renamed">
        <source>A column name appears more than once; the repeat is read as '%1'.</source>
        <translation>Ett kolumnnamn förekommer mer än en gång; upprepningen läses som '%1'.</translation>
    </message>
    <message id="import.geometry-and-columns">
        <source>The file has both geometries and coordinate columns; the coordinate columns were used.</source>
        <translation>Filen har både geometrier och koordinatkolumner; koordinatkolumnerna användes.</translation>
    </message>
    <message id="import.swapped-columns">
        <source>The coordinate columns are in north–east (latitude–longitude) order; they were read as such.</source>
        <translation>Koordinatkolumnerna står i ordningen nord–öst (latitud–longitud); de lästes så.</translation>
    </message>
    <message id="import.cancelled">
        <source>The import was cancelled; the project was not changed.</source>
        <translation>Importen avbröts; projektet ändrades inte.</translation>
    </message>
    <message id="import.already-imported">
        <source>The content of %1 was already imported (batch %2, %3 UTC). Nothing was imported; import it again only on purpose.</source>
        <extracomment>%2 the batch, %3 when it was imported (UTC).</extracomment>
        <translation>Innehållet i %1 har redan importerats (sats %2, %3 UTC). Inget importerades; importera det igen bara med avsikt.</translation>
    </message>
    <message id="import.already-imported-as">
        <source>The content of %1 was already imported as %2 (batch %3, %4 UTC). Nothing was imported; import it again only on purpose.</source>
        <translation>Innehållet i %1 har redan importerats som %2 (sats %3, %4 UTC). Inget importerades; importera det igen bara med avsikt.</translation>
    </message>
    <message id="import.reimported">
        <source>The content of %1 was already imported (batch %2, %3 UTC); imported again as asked.</source>
        <translation>Innehållet i %1 har redan importerats (sats %2, %3 UTC); det importerades igen som du bad om.</translation>
    </message>
    <message id="import.reimported-as">
        <source>The content of %1 was already imported as %2 (batch %3, %4 UTC); imported again as asked.</source>
        <translation>Innehållet i %1 har redan importerats som %2 (sats %3, %4 UTC); det importerades igen som du bad om.</translation>
    </message>
    <message id="import.unknown-categories">
        <source>Unknown categories, rows rejected: %1. Map them to project categories or add the categories first.</source>
        <extracomment>%1 the values with their row counts: &quot;'Sprayfärg' (3), 'Okänd' (1)&quot;.</extracomment>
        <translation>Okända kategorier, avvisade rader: %1. Koppla dem till projektets kategorier eller lägg till kategorierna först.</translation>
    </message>
    <message id="import.unknown-checklist-items">
        <source>Unknown checklist items, rows rejected: %1. Map them to the project's checklist items first.</source>
        <translation>Okända checklistpunkter, avvisade rader: %1. Koppla dem till projektets checklistpunkter först.</translation>
    </message>
    <message id="import.unknown-place-types">
        <source>%1 rows have a place type the project does not know; it is kept in the row's extra attributes.</source>
        <translation>%1 rader har en platstyp som projektet inte känner till; den sparas bland radens extra attribut.</translation>
    </message>
    <message id="import.personal-data-replaced">
        <source>%1 rows had personal data in free text (%2); it was replaced with placeholders.</source>
        <extracomment>%2 the kinds found with their counts: &quot;personnummer: 2, phone: 1&quot;.</extracomment>
        <translation>%1 rader hade personuppgifter i fritext (%2); de ersattes med platshållare.</translation>
    </message>
    <message id="import.personal-data-kept">
        <source>%1 rows had personal data in free text (%2); it was kept as asked and flagged.</source>
        <translation>%1 rader hade personuppgifter i fritext (%2); de behölls som du bad om och flaggades.</translation>
    </message>
    <message id="import.dry-run-would-fail">
        <source>Import of %1 would fail: %2 rows refer to categories, organisations or walks the project does not have.</source>
        <translation>Importen av %1 skulle misslyckas: %2 rader hänvisar till kategorier, organisationer eller trygghetsvandringar som projektet inte har.</translation>
    </message>
    <message id="import.failed">
        <source>Import of %1 failed and the project was not changed: %2</source>
        <extracomment>%2 what SQLite said.</extracomment>
        <translation>Importen av %1 misslyckades och projektet ändrades inte: %2</translation>
    </message>
    <message id="report.period-invalid">
        <source>'%1' is not a period: write a week (2026-W47), a month (2026-11), a tertial (2026-T3), a year (2026) or two dates (2026-11-01..2026-11-15).</source>
        <extracomment>%1 what was given.</extracomment>
        <translation>'%1' är ingen period: skriv en vecka (2026-W47), en månad (2026-11), ett tertial (2026-T3), ett år (2026) eller två datum (2026-11-01..2026-11-15).</translation>
    </message>
    <message id="report.period-reversed">
        <source>The period ends (%2) before it begins (%1).</source>
        <extracomment>%1 the first date, %2 the last.</extracomment>
        <translation>Perioden slutar (%2) innan den börjar (%1).</translation>
    </message>
    <message id="report.no-events">
        <source>The project has no events in %1 for this selection: nothing was written.</source>
        <extracomment>%1 the period in words.</extracomment>
        <translation>Projektet har inga händelser %1 för det här urvalet: inget skrevs.</translation>
    </message>
    <message id="report.only-imprecise">
        <source>%1 has %2 events, but none with a point as its place (only the municipality, the county or an area): there is nothing to draw on the map.</source>
        <extracomment>%1 the period, %2 how many events it has.</extracomment>
        <translation>%1 har %2 händelser, men ingen med en punkt som plats (bara kommunen, länet eller ett område): det finns inget att rita på kartan.</translation>
    </message>
    <message id="report.unknown-area">
        <source>The project has no area named '%1'.</source>
        <extracomment>%1 the area asked for.</extracomment>
        <translation>Projektet har inget område som heter '%1'.</translation>
    </message>
    <message id="report.unknown-template">
        <source>There is no template '%1'. Templates: %2.</source>
        <extracomment>%1 the template asked for, %2 the templates there are.</extracomment>
        <translation>Det finns ingen mall '%1'. Mallar: %2.</translation>
    </message>
    <message id="report.output-is-project">
        <source>%1 is the project file itself: choose another file for the output. Nothing was written.</source>
        <extracomment>%1 the output file.</extracomment>
        <translation>%1 är själva projektfilen: välj en annan fil att skriva till. Inget skrevs.</translation>
    </message>
    <message id="report.output-format">
        <source>%1: the output must end in %2.</source>
        <extracomment>%1 the output file, %2 the extensions understood.</extracomment>
        <translation>%1: filen måste sluta på %2.</translation>
    </message>
    <message id="report.write-failed">
        <source>%1 could not be written (%2): nothing was written.</source>
        <extracomment>%1 the output file, %2 why.</extracomment>
        <translation>%1 kunde inte skrivas (%2): inget skrevs.</translation>
    </message>
    <message id="publish.min-count-invalid">
        <source>The smallest published count must be a whole number from 2 to 100, not %1.</source>
        <extracomment>%1 k.</extracomment>
        <translation>Minsta publicerade antal måste vara ett heltal från 2 till 100, inte %1.</translation>
    </message>
    <message id="publish.no-events">
        <source>There are no events to publish.</source>
        <translation>Det finns inga händelser att publicera.</translation>
    </message>
    <message id="publish.nothing-to-show">
        <source>No cell of %1 m holds %2 or more of the events in %3: nothing can be published.</source>
        <extracomment>%1 the cell size in metres, %2 k, %3 the period in words.</extracomment>
        <translation>Ingen ruta om %1 m har %2 eller fler av händelserna %3: inget kan publiceras.</translation>
    </message>
    <message id="publish.cell-invalid">
        <source>The cell size must be a positive number of metres, not %1.</source>
        <extracomment>%1 what was given.</extracomment>
        <translation>Cellstorleken måste vara ett positivt antal meter, inte %1.</translation>
    </message>
    <message id="publish.file-exists">
        <source>%1 already exists: choose another name. Nothing was written.</source>
        <extracomment>%1 the file.</extracomment>
        <translation>%1 finns redan: välj ett annat namn. Inget skrevs.</translation>
    </message>
    <message id="walk.not-found">
        <source>There is no safety walk with fid %1 in the project.</source>
        <extracomment>%1 the walk's fid.</extracomment>
        <translation>Projektet har ingen trygghetsvandring med fid %1.</translation>
    </message>
    <message id="walk.name-required">
        <source>A safety walk needs a name.</source>
        <translation>En trygghetsvandring måste ha ett namn.</translation>
    </message>
    <message id="walk.bad-date">
        <source>The walk's date %1 is not a date (YYYY-MM-DD).</source>
        <extracomment>%1 what was given.</extracomment>
        <translation>Vandringens datum %1 är inget datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message id="walk.bad-time">
        <source>The walk's start time %1 is not a time of day (HH:MM).</source>
        <extracomment>%1 what was given.</extracomment>
        <translation>Vandringens starttid %1 är ingen tid på dygnet (TT:MM).</translation>
    </message>
    <message id="walk.bad-light">
        <source>The light condition %1 is not daylight, dusk or dark.</source>
        <extracomment>%1 what was given.</extracomment>
        <translation>Ljusförhållandet %1 är inte daylight, dusk eller dark.</translation>
    </message>
    <message id="walk.bad-status">
        <source>The walk's status %1 is not planned, done, followed_up or cancelled.</source>
        <extracomment>%1 what was given.</extracomment>
        <translation>Vandringens status %1 är inte planned, done, followed_up eller cancelled.</translation>
    </message>
    <message id="walk.bad-participants">
        <source>The number of participants %1 is negative.</source>
        <extracomment>%1 the number given.</extracomment>
        <translation>Antalet deltagare %1 är negativt.</translation>
    </message>
    <message id="walk.unknown-area">
        <source>The project has no area with fid %1.</source>
        <extracomment>%1 the area's fid.</extracomment>
        <translation>Projektet har inget område med fid %1.</translation>
    </message>
    <message id="walk.route-too-short">
        <source>A route needs at least two points; this one has %1.</source>
        <extracomment>%1 how many points the route has.</extracomment>
        <translation>En rutt måste ha minst två punkter; den här har %1.</translation>
    </message>
    <message id="walk.stop-outside-sweden">
        <source>Stop %1 at (%2, %3) is not in Sweden in the project's coordinate system (EPSG:%4).</source>
        <extracomment>%1 the stop's number, %2 x, %3 y, %4 the EPSG code.</extracomment>
        <translation>Stopp %1 vid (%2, %3) ligger inte i Sverige i projektets koordinatsystem (EPSG:%4).</translation>
    </message>
    <message id="walk.point-outside-sweden">
        <source>Point %1 of the route at (%2, %3) is not in Sweden in the project's coordinate system (EPSG:%4).</source>
        <extracomment>%1 the point's number along the route, %2 x, %3 y, %4 the EPSG code.</extracomment>
        <translation>Punkt %1 på rutten vid (%2, %3) ligger inte i Sverige i projektets koordinatsystem (EPSG:%4).</translation>
    </message>
    <message id="walk.stop-outside-project">
        <source>Stop %1 at (%2, %3) lies outside the project (%4 with %5 m around it). Place it on the municipality's map.</source>
        <extracomment>%1 the stop's number, %2 x, %3 y, %4 what the extent is made from (extent.*), %5 the margin in metres.</extracomment>
        <translation>Stopp %1 vid (%2, %3) ligger utanför projektet (%4 med %5 m runt om). Placera det på kommunens karta.</translation>
    </message>
    <message id="walk.point-outside-project">
        <source>Point %1 of the route at (%2, %3) lies outside the project (%4 with %5 m around it).</source>
        <extracomment>%1 the point's number along the route, %2 x, %3 y, %4 what the extent is made from, %5 the margin.</extracomment>
        <translation>Punkt %1 på rutten vid (%2, %3) ligger utanför projektet (%4 med %5 m runt om).</translation>
    </message>
    <message id="walk.duplicate-organisation">
        <source>%1 is listed twice among the walk's organisations.</source>
        <extracomment>%1 the organisation.</extracomment>
        <translation>%1 står två gånger bland vandringens organisationer.</translation>
    </message>
    <message id="walk.empty-organisation">
        <source>An invited organisation needs a name.</source>
        <translation>En inbjuden organisation måste ha ett namn.</translation>
    </message>
    <message id="walk.stop-not-on-walk">
        <source>Stop fid %1 does not belong to walk %2.</source>
        <extracomment>%1 the stop's fid, %2 the walk's fid.</extracomment>
        <translation>Stoppet med fid %1 hör inte till vandring %2.</translation>
    </message>
    <message id="walk.stop-twice">
        <source>Stop fid %1 is listed twice: every stop of a walk comes once.</source>
        <extracomment>%1 the stop's fid.</extracomment>
        <translation>Stoppet med fid %1 finns med två gånger: varje stopp på en vandring kommer en gång.</translation>
    </message>
    <message id="walk.action-from-draft">
        <source>Observation %1 is a draft from a photo or GPX point: confirm it before making an action of it.</source>
        <extracomment>%1 the observation's fid.</extracomment>
        <translation>Observation %1 är ett utkast från ett foto eller en GPX-punkt: bekräfta den innan du gör en åtgärd av den.</translation>
    </message>
    <message id="walk.suggest-walked">
        <source>Walk %1 is %2 with %3 observations: a suggested route would take its stops away from them. Plan a new walk (or a repeat walk) instead.</source>
        <extracomment>%1 the walk's fid, %2 its status in Swedish, %3 how many observations it has.</extracomment>
        <translation>Vandring %1 är %2 och har %3 observationer: en föreslagen rutt skulle ta stoppen ifrån dem. Planera en ny vandring (eller en uppföljande vandring) i stället.</translation>
    </message>
    <message id="walk.start-outside">
        <source>The start point (%1, %2) is not in the area or near it: give a point in the project's coordinate system within 2 km of the area.</source>
        <extracomment>%1 x, %2 y.</extracomment>
        <translation>Startpunkten (%1, %2) ligger inte i området eller nära det: ange en punkt i projektets koordinatsystem högst 2 km från området.</translation>
    </message>
    <message id="walk.nothing-proposed">
        <source>Observation %1 proposes no action: write the proposed action first.</source>
        <extracomment>%1 the observation's fid.</extracomment>
        <translation>Observation %1 föreslår ingen åtgärd: skriv först den föreslagna åtgärden.</translation>
    </message>
    <message id="walk.action-exists">
        <source>Observation %1 already has an action (action %2).</source>
        <extracomment>%1 the observation's fid, %2 the action's fid.</extracomment>
        <translation>Observation %1 har redan en åtgärd (åtgärd %2).</translation>
    </message>
    <message id="walk.photo-not-found">
        <source>There is no walk photo with fid %1 in the project.</source>
        <extracomment>%1 the photo's fid.</extracomment>
        <translation>Projektet har inget vandringsfoto med fid %1.</translation>
    </message>
    <message id="walk.suggest-no-area">
        <source>A suggested route needs an area: name one of the project's areas.</source>
        <translation>En föreslagen rutt behöver ett område: ange ett av projektets områden.</translation>
    </message>
    <message id="walk.suggest-bad-length">
        <source>The length limit must be a positive number of metres, not %1.</source>
        <extracomment>%1 what was given.</extracomment>
        <translation>Längdgränsen måste vara ett positivt antal meter, inte %1.</translation>
    </message>
    <message id="walk.suggest-bad-stops">
        <source>The number of stops must be 2 to 30, not %1.</source>
        <extracomment>%1 what was given.</extracomment>
        <translation>Antalet stopp måste vara 2 till 30, inte %1.</translation>
    </message>
    <message id="walk.suggest-no-data">
        <source>The area %1 has no incidents (%2) and no unsafe places from earlier walks: there is nothing to suggest a route from. Draw the route by hand, or choose a longer period or another area.</source>
        <extracomment>%1 the area, %2 the period in words (&quot;senaste 6 mån&quot;).</extracomment>
        <translation>Området %1 har inga händelser (%2) och inga otrygga platser från tidigare vandringar: det finns inget att föreslå en rutt utifrån. Rita rutten för hand, eller välj en längre period eller ett annat område.</translation>
    </message>
    <message id="walk.suggest-one-place">
        <source>The area %1 has only one place worth a stop: a route needs two. Draw the route by hand.</source>
        <extracomment>%1 the area.</extracomment>
        <translation>Området %1 har bara en plats som är värd ett stopp: en rutt behöver två. Rita rutten för hand.</translation>
    </message>
    <message id="walk.suggest-too-short">
        <source>No route of two or more stops fits within %1 m (only %2 stop fits); the shortest route through two of the area's top places is %3 m. Raise the limit to at least %3 m.</source>
        <extracomment>%1 the length limit in metres, %2 how many stops fit (0 or 1), %3 the shortest route through two places.</extracomment>
        <translation>Ingen rutt med två eller fler stopp ryms inom %1 m (bara %2 stopp ryms); den kortaste rutten genom två av områdets viktigaste platser är %3 m. Höj gränsen till minst %3 m.</translation>
    </message>
    <message id="walk.suggest-fewer-stops">
        <source>Only %1 of %2 stops fit within %3 m, at least 150 m apart (of %4 places considered).</source>
        <extracomment>%1 the stops that fit, %2 the stops asked for, %3 the length limit in metres, %4 the places considered.</extracomment>
        <translation>Bara %1 av %2 stopp ryms inom %3 m med minst 150 m mellan dem (av %4 platser som övervägdes).</translation>
    </message>
    <message id="walk.suggest-some-straight">
        <source>Some legs of the route are straight lines: a stop is more than 150 m from the street layer, or its street does not join the others. Check those legs on the map.</source>
        <translation>Några delsträckor av rutten är raka linjer: ett stopp ligger mer än 150 m från gatulagret, eller så hänger dess gata inte ihop med de andra. Kontrollera de delsträckorna på kartan.</translation>
    </message>
    <message id="walk.suggest-straight-legs">
        <source>The project has no street layer: the route is drawn in straight legs between the stops.</source>
        <translation>Projektet har inget gatulager: rutten ritas som raka delsträckor mellan stoppen.</translation>
    </message>
    <message id="walk.save-failed">
        <source>The safety walk could not be saved: %1</source>
        <extracomment>%1 what went wrong.</extracomment>
        <translation>Trygghetsvandringen kunde inte sparas: %1</translation>
    </message>
    <message id="walk.read-failed">
        <source>The safety walks could not be read: %1</source>
        <extracomment>%1 what went wrong.</extracomment>
        <translation>Trygghetsvandringarna kunde inte läsas: %1</translation>
    </message>
    <message id="selection.unknown-checklist-item">
        <source>'%1' is not a checklist item code in this project (its codes: %2).</source>
        <extracomment>%1 the code given, %2 the project's checklist item codes.</extracomment>
        <translation>'%1' är ingen checklistpunktskod i det här projektet (dess koder: %2).</translation>
    </message>
    <message id="selection.unknown-walk">
        <source>The project has no safety walk with id %1.</source>
        <extracomment>%1 the walk's id as given.</extracomment>
        <translation>Projektet har ingen trygghetsvandring med id %1.</translation>
    </message>
    <message id="selection.read-observations-failed">
        <source>Cannot read the safety-walk observations: %1</source>
        <extracomment>%1 what SQLite said.</extracomment>
        <translation>Kan inte läsa observationerna från trygghetsvandringarna: %1</translation>
    </message>
    <message id="selection.bad-json">
        <source>The stored selection cannot be read: %1</source>
        <extracomment>%1 the start of the stored text.</extracomment>
        <translation>Det sparade urvalet går inte att läsa: %1</translation>
    </message>
    <message id="selection.outside-observations">
        <source>Safety-walk observations outside the project's extent (widened by %2 km) are left out: %1 of them:%3. Check their coordinates.</source>
        <extracomment>Observations an analysis leaves out for lying outside the project's extent: %1 how many, %2 the margin in km, %3 the first few as &quot; observation 12 (E 449270, N 6574920), observation 13 (…)&quot;.</extracomment>
        <translation>Observationer från trygghetsvandringar utanför projektets utbredning (vidgad med %2 km) räknas inte med: %1 stycken:%3. Kontrollera deras koordinater.</translation>
    </message>
    <message id="analysis.no-observations">
        <source>no safety-walk observations match the selection (%1); nothing was written.</source>
        <extracomment>%1 the selection in words (the layer is in it).</extracomment>
        <translation>Inga observationer från trygghetsvandringar matchar urvalet (%1); inget sparades.</translation>
    </message>
    <message id="analysis.no-incidents-or-observations">
        <source>no incidents or safety-walk observations match the selection (%1); nothing was written.</source>
        <extracomment>%1 the selection in words (the layer is in it).</extracomment>
        <translation>Inga händelser eller observationer från trygghetsvandringar matchar urvalet (%1); inget sparades.</translation>
    </message>
    <message id="photo.not-jpeg">
        <source>it is not a JPEG image (it does not begin with the JPEG start marker)</source>
        <translation>det är ingen JPEG-bild (filen börjar inte med JPEG:s startmarkör)</translation>
    </message>
    <message id="photo.is-png">
        <source>it is a PNG image, not a JPEG photo: save it as JPEG</source>
        <translation>det är en PNG-bild, inte ett JPEG-foto: spara den som JPEG</translation>
    </message>
    <message id="photo.is-heic">
        <source>it is a HEIC image (as iPhones save photos), not a JPEG: export it as JPEG, or set the camera to Most Compatible</source>
        <translation>det är en HEIC-bild (som iPhone sparar foton), inte JPEG: exportera den som JPEG, eller ställ in kameran på Mest kompatibel</translation>
    </message>
    <message id="photo.empty">
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message id="photo.too-large">
        <source>it is %1 MiB, more than the limit of %2 MiB for one photo</source>
        <extracomment>%1 the file's size in MiB, %2 the limit in MiB.</extracomment>
        <translation>den är %1 MiB, mer än gränsen %2 MiB för ett foto</translation>
    </message>
    <message id="photo.too-many-pixels">
        <source>it has %1 × %2 pixels, more than the %3 megapixels a photo may have</source>
        <extracomment>%1 × %2 the pixels, %3 the limit in megapixels.</extracomment>
        <translation>den har %1 × %2 pixlar, mer än de %3 megapixlar ett foto får ha</translation>
    </message>
    <message id="photo.undecodable">
        <source>the image cannot be decoded, so the file is damaged or cut short (%1)</source>
        <extracomment>%1 what GDAL said.</extracomment>
        <translation>bilden går inte att avkoda, så filen är skadad eller avkortad (%1)</translation>
    </message>
    <message id="photo.exif-unreadable">
        <source>its EXIF block cannot be read (%1), so its position and time were not taken from it</source>
        <extracomment>%1 why (an exif.* message).</extracomment>
        <translation>dess EXIF-block går inte att läsa (%1), så position och tid hämtades inte därifrån</translation>
    </message>
    <message id="exif.value-ignored">
        <source>the EXIF value %1 (%2) is not valid and was ignored</source>
        <extracomment>%1 the EXIF tag (GPSLatitude, DateTimeOriginal, …), %2 its value.</extracomment>
        <translation>EXIF-värdet %1 (%2) är ogiltigt och hoppades över</translation>
    </message>
    <message id="exif.cut-short">
        <source>the EXIF block is cut short at byte %1 (it refers to data up to byte %2)</source>
        <extracomment>%1 the file offset where the EXIF block ends, %2 the offset of the data it refers to.</extracomment>
        <translation>EXIF-blocket är avkortat vid byte %1 (det hänvisar till data fram till byte %2)</translation>
    </message>
    <message id="exif.bad-header">
        <source>the EXIF block has no valid TIFF header</source>
        <translation>EXIF-blocket har inget giltigt TIFF-huvud</translation>
    </message>
    <message id="exif.jpeg-bad-marker">
        <source>the JPEG's headers are damaged at byte %1</source>
        <extracomment>%1 the file offset.</extracomment>
        <translation>JPEG-filens huvuden är skadade vid byte %1</translation>
    </message>
    <message id="exif.jpeg-cut-short">
        <source>the JPEG is cut short at byte %1, before its image data</source>
        <extracomment>%1 the file's size.</extracomment>
        <translation>JPEG-filen är avkortad vid byte %1, före bilddatan</translation>
    </message>
    <message id="photo.time-implausible">
        <source>its time %1 is in the future or before 1970 (the camera's clock?), so it was left out</source>
        <extracomment>%1 the time (Stockholm).</extracomment>
        <translation>dess tid %1 ligger i framtiden eller före 1970 (kamerans klocka?), så den togs inte med</translation>
    </message>
    <message id="photo.gps-outside-sweden">
        <source>its GPS position (lat %1, lon %2) lies outside Sweden (a position the camera had not fixed?)</source>
        <extracomment>%1, %2 latitude and longitude.</extracomment>
        <translation>dess GPS-position (lat %1, lon %2) ligger utanför Sverige (en position kameran inte hade låst?)</translation>
    </message>
    <message id="photo.gps-outside-project">
        <source>its GPS position (lat %1, lon %2) lies outside the project (%3 with %4 m around it)</source>
        <extracomment>%1 latitude, %2 longitude, %3 what the project's extent is made from, %4 the margin in metres.</extracomment>
        <translation>dess GPS-position (lat %1, lon %2) ligger utanför projektet (%3 med %4 m runt om)</translation>
    </message>
    <message id="photo.no-gps-no-time">
        <source>it has no GPS position and no time to place it by</source>
        <translation>den har ingen GPS-position och ingen tid att placera den efter</translation>
    </message>
    <message id="photo.no-gps-no-track">
        <source>it has no GPS position, and no GPX track was given to place it by its time</source>
        <translation>den har ingen GPS-position, och inget GPX-spår angavs att placera den efter dess tid</translation>
    </message>
    <message id="photo.track-no-times">
        <source>it has no GPS position, and the track %1 has no times to place it by</source>
        <extracomment>%1 the track's file.</extracomment>
        <translation>den har ingen GPS-position, och spåret %1 har inga tider att placera den efter</translation>
    </message>
    <message id="photo.outside-track-time">
        <source>it has no GPS position, and its time %1 lies outside the track's time (%2 to %3, with %4 minutes' margin): check the camera's clock offset</source>
        <extracomment>%1 the photo's time, %2 and %3 the track's first and last time (Stockholm), %4 the margin in minutes.</extracomment>
        <translation>den har ingen GPS-position, och dess tid %1 ligger utanför spårets tid (%2 till %3, med %4 minuters marginal): kontrollera kamerans klockförskjutning</translation>
    </message>
    <message id="photo.track-gap">
        <source>it has no GPS position, and at its time %1 the track has a gap (no position from %2 to %3)</source>
        <extracomment>%1 the photo's time, %2 and %3 the ends of the gap (Stockholm).</extracomment>
        <translation>den har ingen GPS-position, och vid dess tid %1 har spåret ett glapp (ingen position från %2 till %3)</translation>
    </message>
    <message id="photo.track-outside-sweden">
        <source>it has no GPS position, and the track at its time %1 lies outside Sweden</source>
        <extracomment>%1 the photo's time.</extracomment>
        <translation>den har ingen GPS-position, och spåret ligger utanför Sverige vid dess tid %1</translation>
    </message>
    <message id="photo.track-outside-project">
        <source>it has no GPS position, and the track at its time %1 lies outside the project (%2 with %3 m around it)</source>
        <extracomment>%1 the photo's time (Stockholm), %2 what the project's extent is made from, %3 the margin in metres.</extracomment>
        <translation>det har ingen GPS-position, och spåret vid dess tid %1 ligger utanför projektet (%2 med %3 m runt om)</translation>
    </message>
    <message id="photo.no-files">
        <source>No photos were given.</source>
        <translation>Inga foton angavs.</translation>
    </message>
    <message id="photo.folder-empty">
        <source>%1 holds no photos (.jpg or .jpeg files).</source>
        <extracomment>%1 the folder.</extracomment>
        <translation>%1 innehåller inga foton (.jpg- eller .jpeg-filer).</translation>
    </message>
    <message id="photo.bad-clock-offset">
        <source>The camera clock offset must be at most %1 seconds either way, not %2.</source>
        <extracomment>%1 the largest offset in seconds, %2 the one given.</extracomment>
        <translation>Kamerans klockförskjutning får vara högst %1 sekunder åt något håll, inte %2.</translation>
    </message>
    <message id="photo.import-failed">
        <source>The photo import stopped at %1 and the project was not changed: %2</source>
        <extracomment>%1 the file where it stopped, %2 why.</extracomment>
        <translation>Fotoimporten stannade vid %1 och projektet ändrades inte: %2</translation>
    </message>
    <message id="photo.file-changed">
        <source>the file changed while it was being imported</source>
        <translation>filen ändrades medan den importerades</translation>
    </message>
    <message id="photo.already-placed">
        <source>The photo %1 is placed already (observation %2): move its observation instead.</source>
        <extracomment>%1 the photo's fid, %2 its observation's fid (0: none).</extracomment>
        <translation>Fotot %1 är redan placerat (observation %2): flytta dess observation i stället.</translation>
    </message>
    <message id="photo.without-walk">
        <source>The photo %1 belongs to no safety walk, so it has no stops to go to.</source>
        <extracomment>%1 the photo's fid.</extracomment>
        <translation>Fotot %1 hör inte till någon trygghetsvandring, så det har inga stopp att flyttas till.</translation>
    </message>
    <message id="photo.observation-not-draft">
        <source>The observation %1 is not a draft: it is confirmed already.</source>
        <extracomment>%1 the observation's fid.</extracomment>
        <translation>Observationen %1 är inget utkast: den är redan bekräftad.</translation>
    </message>
    <message id="snap.bad-tolerance">
        <source>The snapping distance to a stop must be more than 0 and at most %1 metres, not %2.</source>
        <extracomment>%1 the largest tolerance, %2 the one given.</extracomment>
        <translation>Fästavståndet till ett stopp måste vara mer än 0 och högst %1 meter, inte %2.</translation>
    </message>
    <message id="gpx.too-large">
        <source>%1 is %2 MiB, more than the limit of %3 MiB for a GPX file.</source>
        <extracomment>%1 the file, %2 its size in MiB, %3 the limit in MiB.</extracomment>
        <translation>%1 är %2 MiB, mer än gränsen %3 MiB för en GPX-fil.</translation>
    </message>
    <message id="gpx.not-gpx">
        <source>%1 is not a GPX file: it cannot be read as GPX (XML with a &lt;gpx&gt; element).</source>
        <extracomment>%1 the file.</extracomment>
        <translation>%1 är ingen GPX-fil: den går inte att läsa som GPX (XML med ett &lt;gpx&gt;-element).</translation>
    </message>
    <message id="gpx.not-gpx-detail">
        <source>%1 is not a valid GPX file: %2</source>
        <extracomment>%1 the file, %2 what GDAL said.</extracomment>
        <translation>%1 är ingen giltig GPX-fil: %2</translation>
    </message>
    <message id="gpx.not-degrees">
        <source>%1 is not in WGS 84 (lat/lon degrees): it has a point at lat %2, lon %3, which are not degrees (were projected metres, such as SWEREF 99, written as lat/lon?).</source>
        <extracomment>%1 the file, %2 and %3 the latitude and longitude found.</extracomment>
        <translation>%1 är inte i WGS 84 (lat/lon i grader): den har en punkt vid lat %2, lon %3, vilket inte är grader (projicerade meter, som SWEREF 99, skrivna som lat/lon?).</translation>
    </message>
    <message id="gpx.outside-sweden">
        <source>%1 is not in WGS 84 (lat/lon degrees) in Sweden: all its %2 points lie outside Sweden (the first at lat %3, lon %4). Were other coordinates written as lat/lon, or is it another place's file?</source>
        <extracomment>%1 the file, %2 how many points, %3 and %4 the first one's latitude and longitude.</extracomment>
        <translation>%1 är inte i WGS 84 (lat/lon i grader) i Sverige: alla dess %2 punkter ligger utanför Sverige (den första vid lat %3, lon %4). Skrevs andra koordinater som lat/lon, eller är det en fil från en annan plats?</translation>
    </message>
    <message id="gpx.no-track">
        <source>%1 has no track (and no route), so there is no route to take from it.</source>
        <extracomment>%1 the file.</extracomment>
        <translation>%1 har inget spår (och ingen rutt), så det finns ingen rutt att hämta från den.</translation>
    </message>
    <message id="gpx.empty-track">
        <source>%1 has a track without points: there is no route to take from it.</source>
        <translation>%1 har ett spår utan punkter: det finns ingen rutt att hämta från den.</translation>
    </message>
    <message id="gpx.one-point">
        <source>%1: the track has a single point, and a route needs at least two points.</source>
        <translation>%1: spåret har en enda punkt, och en rutt behöver minst två punkter.</translation>
    </message>
    <message id="gpx.no-waypoints">
        <source>%1 has no waypoints to import as observations.</source>
        <translation>%1 har inga waypoints att importera som observationer.</translation>
    </message>
    <message id="gpx.waypoint-outside-sweden">
        <source>its position (lat %1, lon %2) lies outside Sweden</source>
        <extracomment>Why a waypoint was rejected (follows &quot;waypoint 3: &quot;): %1, %2 its latitude and longitude.</extracomment>
        <translation>dess position (lat %1, lon %2) ligger utanför Sverige</translation>
    </message>
    <message id="gpx.waypoint-outside-project">
        <source>its position (lat %1, lon %2) lies outside the project (%3 with %4 m around it)</source>
        <extracomment>%1 latitude, %2 longitude, %3 what the project's extent is made from, %4 the margin in metres.</extracomment>
        <translation>dess position (lat %1, lon %2) ligger utanför projektet (%3 med %4 m runt om)</translation>
    </message>
    <message id="gpx.waypoint-time-ignored">
        <source>Waypoint %1: its time %2 is in the future or before 1970 (the phone's clock?), so it was left out.</source>
        <extracomment>%1 the waypoint's number in the file, %2 its time (Stockholm).</extracomment>
        <translation>Waypoint %1: dess tid %2 ligger i framtiden eller före 1970 (telefonens klocka?), så den togs inte med.</translation>
    </message>
    <message id="promise.bad-year">
        <source>The year of a citizen promise must be 2000 to 2100, not %1.</source>
        <extracomment>%1 the year given.</extracomment>
        <translation>Året för ett medborgarlöfte måste vara 2000–2100, inte %1.</translation>
    </message>
    <message id="promise.title-required">
        <source>A citizen promise needs a title.</source>
        <translation>Ett medborgarlöfte behöver en rubrik.</translation>
    </message>
    <message id="promise.duplicate">
        <source>There is already a citizen promise for %1 titled '%2'.</source>
        <extracomment>%1 the year, %2 the title.</extracomment>
        <translation>Det finns redan ett medborgarlöfte för %1 med rubriken '%2'.</translation>
    </message>
    <message id="promise.bad-date">
        <source>'%1' is not a date (YYYY-MM-DD).</source>
        <extracomment>%1 the text given.</extracomment>
        <translation>'%1' är inte ett datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message id="promise.signatory-name">
        <source>'%1' looks like a person's name: a citizen promise names the signatories' roles (such as lokalpolisområdeschef or kommunstyrelsens ordförande), never their names.</source>
        <extracomment>%1 the text given for a signatory.</extracomment>
        <translation>'%1' ser ut som en persons namn: ett medborgarlöfte anger undertecknarnas roller (till exempel lokalpolisområdeschef eller kommunstyrelsens ordförande), aldrig deras namn.</translation>
    </message>
    <message id="promise.not-found">
        <source>There is no citizen promise with fid %1 in the project.</source>
        <extracomment>%1 the promise's fid.</extracomment>
        <translation>Det finns inget medborgarlöfte med fid %1 i projektet.</translation>
    </message>
    <message id="promise.none-for-year">
        <source>The project has no citizen promise for %1.</source>
        <extracomment>%1 the year.</extracomment>
        <translation>Projektet har inget medborgarlöfte för %1.</translation>
    </message>
    <message id="promise.activity-title-required">
        <source>An activity of a citizen promise needs a title.</source>
        <translation>En aktivitet i ett medborgarlöfte behöver en rubrik.</translation>
    </message>
    <message id="promise.activity-bad-kind">
        <source>'%1' is not a kind of activity: give safety_walk, information_meeting, patrol, dialogue, environment or other.</source>
        <extracomment>%1 the kind given.</extracomment>
        <translation>'%1' är ingen typ av aktivitet: ange safety_walk, information_meeting, patrol, dialogue, environment eller other.</translation>
    </message>
    <message id="promise.activity-bad-owner">
        <source>'%1' is not an owner of an activity: give police, municipality or both.</source>
        <extracomment>%1 the owner given.</extracomment>
        <translation>'%1' är ingen ansvarig för en aktivitet: ange police, municipality eller both.</translation>
    </message>
    <message id="promise.activity-bad-status">
        <source>'%1' is not a status of an activity: give planned, in_progress, done or cancelled.</source>
        <extracomment>%1 the status given.</extracomment>
        <translation>'%1' är ingen status för en aktivitet: ange planned, in_progress, done eller cancelled.</translation>
    </message>
    <message id="promise.activity-bad-count">
        <source>The number of times an activity is promised must be 1 to 1000, not %1.</source>
        <extracomment>%1 the count given.</extracomment>
        <translation>Antalet gånger en aktivitet utlovas måste vara 1–1000, inte %1.</translation>
    </message>
    <message id="promise.activity-until-before-from">
        <source>The activity is planned to end (%2) before it starts (%1).</source>
        <extracomment>%1 the first day, %2 the last day planned.</extracomment>
        <translation>Aktiviteten är planerad att sluta (%2) innan den börjar (%1).</translation>
    </message>
    <message id="promise.activity-done-date-not-done">
        <source>The activity has a date it was done (%1) but its status is %2: only a done activity has one.</source>
        <extracomment>%1 the done date, %2 the activity's status.</extracomment>
        <translation>Aktiviteten har ett datum då den genomfördes (%1) men dess status är %2: bara en genomförd aktivitet har ett sådant.</translation>
    </message>
    <message id="promise.activity-done-without-date">
        <source>An activity marked done needs the date it was done.</source>
        <translation>En aktivitet som markeras som genomförd behöver datumet då den genomfördes.</translation>
    </message>
    <message id="promise.activity-done-in-future">
        <source>The activity cannot have been done on %1: that is after today (%2).</source>
        <extracomment>%1 the done date, %2 today.</extracomment>
        <translation>Aktiviteten kan inte ha genomförts den %1: det är efter i dag (%2).</translation>
    </message>
    <message id="promise.activity-not-found">
        <source>There is no activity with fid %1 in the project's citizen promises.</source>
        <extracomment>%1 the activity's fid.</extracomment>
        <translation>Det finns ingen aktivitet med fid %1 i projektets medborgarlöften.</translation>
    </message>
    <message id="promise.unknown-area">
        <source>The project has no area with fid %1.</source>
        <extracomment>%1 the area's fid.</extracomment>
        <translation>Projektet har inget område med fid %1.</translation>
    </message>
    <message id="promise.unknown-action">
        <source>There is no action with fid %1 in the project.</source>
        <extracomment>%1 the action's fid.</extracomment>
        <translation>Det finns ingen åtgärd med fid %1 i projektet.</translation>
    </message>
    <message id="promise.walk-linked-already">
        <source>The safety walk %2 is already linked to the activity %1.</source>
        <extracomment>%1 the activity's fid, %2 the walk's fid.</extracomment>
        <translation>Trygghetsvandringen %2 är redan kopplad till aktiviteten %1.</translation>
    </message>
    <message id="promise.action-linked-already">
        <source>The action %2 is already linked to the activity %1.</source>
        <extracomment>%1 the activity's fid, %2 the action's fid.</extracomment>
        <translation>Åtgärden %2 är redan kopplad till aktiviteten %1.</translation>
    </message>
    <message id="promise.walk-not-linked">
        <source>The safety walk %2 is not linked to the activity %1.</source>
        <extracomment>%1 the activity's fid, %2 the walk's fid.</extracomment>
        <translation>Trygghetsvandringen %2 är inte kopplad till aktiviteten %1.</translation>
    </message>
    <message id="promise.action-not-linked">
        <source>The action %2 is not linked to the activity %1.</source>
        <extracomment>%1 the activity's fid, %2 the action's fid.</extracomment>
        <translation>Åtgärden %2 är inte kopplad till aktiviteten %1.</translation>
    </message>
    <message id="promise.save-failed">
        <source>The citizen promise could not be saved: %1</source>
        <extracomment>%1 what SQLite said.</extracomment>
        <translation>Medborgarlöftet kunde inte sparas: %1</translation>
    </message>
    <message id="promise.read-failed">
        <source>The citizen promises could not be read: %1</source>
        <extracomment>%1 what SQLite said.</extracomment>
        <translation>Medborgarlöftena kunde inte läsas: %1</translation>
    </message>
    <message id="reporting.bad-weeks">
        <source>The number of weeks must be 1 to %1, not %2.</source>
        <extracomment>%1 the largest number of weeks, %2 the number given.</extracomment>
        <translation>Antalet veckor måste vara 1–%1, inte %2.</translation>
    </message>
    <message id="reporting.unknown-organisation">
        <source>The project has no organisation '%1'. Its organisations: %2.</source>
        <extracomment>%1 the name given, %2 the project's organisations.</extracomment>
        <translation>Projektet har ingen organisation '%1'. Dess organisationer: %2.</translation>
    </message>
    <message id="reporting.read-failed">
        <source>Who has reported could not be read: %1</source>
        <extracomment>%1 what SQLite said.</extracomment>
        <translation>Uppgifterna om vem som har rapporterat kunde inte läsas: %1</translation>
    </message>
    <message id="reporting.save-failed">
        <source>The weekly reporting could not be saved: %1</source>
        <extracomment>%1 what SQLite said.</extracomment>
        <translation>Den veckovisa rapporteringen kunde inte sparas: %1</translation>
    </message>
    <message id="action.not-found">
        <source>There is no action with id %1 in the project.</source>
        <extracomment>%1 the action's id.</extracomment>
        <translation>Det finns ingen åtgärd med id %1 i projektet.</translation>
    </message>
    <message id="action.title-required">
        <source>An action needs a title: what is to be done.</source>
        <translation>En åtgärd behöver en rubrik: vad som ska göras.</translation>
    </message>
    <message id="action.bad-status">
        <source>The action status %1 is not one of %2.</source>
        <extracomment>%1 the status given, %2 the statuses there are.</extracomment>
        <translation>Åtgärdsstatusen %1 är inte någon av %2.</translation>
    </message>
    <message id="action.bad-kind">
        <source>The action kind %1 is not one of %2.</source>
        <extracomment>%1 the kind given, %2 the kinds there are.</extracomment>
        <translation>Åtgärdstypen %1 är inte någon av %2.</translation>
    </message>
    <message id="action.rejected-needs-reason">
        <source>A rejected action needs the reason it is not taken (it is published with the action list).</source>
        <translation>En avslagen åtgärd behöver ett skäl till att den inte genomförs (skälet publiceras med åtgärdslistan).</translation>
    </message>
    <message id="action.done-needs-note">
        <source>The action was never decided: marking it done needs a note saying who decided it or why it was done anyway.</source>
        <translation>Åtgärden beslutades aldrig: för att markera den som klar behövs en anteckning om vem som beslutade den eller varför den ändå genomfördes.</translation>
    </message>
    <message id="action.deadline-before-decision">
        <source>The deadline %1 is before the decision date %2.</source>
        <extracomment>%1 the deadline, %2 the decision date.</extracomment>
        <translation>Sista datumet %1 ligger före beslutsdatumet %2.</translation>
    </message>
    <message id="action.end-before-start">
        <source>The intervention's end %1 is before its start %2.</source>
        <extracomment>%1 the end, %2 the start.</extracomment>
        <translation>Insatsens slut %1 ligger före dess start %2.</translation>
    </message>
    <message id="action.date-before-decision">
        <source>The date %1 is before the action's decision date %2.</source>
        <extracomment>%1 the date given, %2 the decision date.</extracomment>
        <translation>Datumet %1 ligger före åtgärdens beslutsdatum %2.</translation>
    </message>
    <message id="action.bad-priority">
        <source>The priority %1 is not 1 (high), 2 or 3 (low).</source>
        <extracomment>%1 the priority given.</extracomment>
        <translation>Prioriteten %1 är inte 1 (hög), 2 eller 3 (låg).</translation>
    </message>
    <message id="action.negative-cost">
        <source>The cost %1 SEK is negative or not a number.</source>
        <extracomment>%1 the cost given.</extracomment>
        <translation>Kostnaden %1 kr är negativ eller inte ett tal.</translation>
    </message>
    <message id="action.bad-date">
        <source>The %1 %2 is not a date (YYYY-MM-DD).</source>
        <extracomment>%1 what the date is (deadline, start, …), %2 the text given.</extracomment>
        <translation>%2 är inte ett giltigt datum (ÅÅÅÅ-MM-DD) för %1.</translation>
    </message>
    <message id="action.bad-point">
        <source>The action's place %1, %2 is not a point (two finite numbers).</source>
        <extracomment>%1 the x, %2 the y given.</extracomment>
        <translation>Åtgärdens plats %1, %2 är ingen punkt (två ändliga tal).</translation>
    </message>
    <message id="action.unknown-priority">
        <source>The project has no priority with id %1.</source>
        <extracomment>%1 the id.</extracomment>
        <translation>Projektet har ingen prioritering med id %1.</translation>
    </message>
    <message id="action.unknown-observation">
        <source>The project has no observation with id %1.</source>
        <translation>Projektet har ingen observation med id %1.</translation>
    </message>
    <message id="action.unknown-incident">
        <source>The project has no incident with id %1.</source>
        <translation>Projektet har ingen händelse med id %1.</translation>
    </message>
    <message id="action.unknown-area">
        <source>The project has no area with id %1.</source>
        <translation>Projektet har inget område med id %1.</translation>
    </message>
    <message id="action.none-given">
        <source>No action was given to change.</source>
        <translation>Ingen åtgärd angavs att ändra.</translation>
    </message>
    <message id="action.already-in-status">
        <source>Action %1 is already %2.</source>
        <extracomment>%1 the action's id, %2 its status.</extracomment>
        <translation>Åtgärd %1 har redan status %2.</translation>
    </message>
    <message id="action.change-refused">
        <source>Action %1: %2 Nothing was changed.</source>
        <extracomment>%1 the action's id, %2 the message why its change was refused.</extracomment>
        <translation>Åtgärd %1: %2 Ingenting ändrades.</translation>
    </message>
    <message id="action.save-failed">
        <source>The action could not be saved: %1</source>
        <extracomment>%1 what SQLite said.</extracomment>
        <translation>Åtgärden kunde inte sparas: %1</translation>
    </message>
    <message id="action.read-failed">
        <source>The actions could not be read: %1</source>
        <translation>Åtgärderna kunde inte läsas: %1</translation>
    </message>
    <message id="action.export-bad-format">
        <source>%1: an action list is written as .csv or .xlsx.</source>
        <extracomment>%1 the file.</extracomment>
        <translation>%1: en åtgärdslista skrivs som .csv eller .xlsx.</translation>
    </message>
    <message id="action.export-failed">
        <source>The action list could not be written to %1: %2</source>
        <extracomment>%1 the file, %2 what went wrong.</extracomment>
        <translation>Åtgärdslistan kunde inte skrivas till %1: %2</translation>
    </message>
    <message id="priority.not-found">
        <source>There is no priority with id %1 in the project.</source>
        <extracomment>%1 the id.</extracomment>
        <translation>Det finns ingen prioritering med id %1 i projektet.</translation>
    </message>
    <message id="priority.problem-required">
        <source>A priority needs the problem in words.</source>
        <translation>En prioritering behöver problemet beskrivet i ord.</translation>
    </message>
    <message id="priority.period-label-required">
        <source>A priority needs its period's name (e.g. T3 2026).</source>
        <translation>En prioritering behöver periodens namn (t.ex. T3 2026).</translation>
    </message>
    <message id="priority.bad-period">
        <source>The period %1 – %2 is not two dates (YYYY-MM-DD) with the last on or after the first.</source>
        <extracomment>%1 the first day, %2 the last day given.</extracomment>
        <translation>Perioden %1 – %2 är inte två datum (ÅÅÅÅ-MM-DD) där det sista är samma dag som eller efter det första.</translation>
    </message>
    <message id="priority.bad-rank">
        <source>The rank %1 is not a whole number of 1 or more.</source>
        <extracomment>%1 the rank given.</extracomment>
        <translation>Rangen %1 är inte ett heltal som är 1 eller större.</translation>
    </message>
    <message id="priority.bad-place-kind">
        <source>The place kind %1 is not area, cells or cluster.</source>
        <extracomment>%1 the place kind given.</extracomment>
        <translation>Platstypen %1 är inte area, cells eller cluster.</translation>
    </message>
    <message id="priority.bad-status">
        <source>The priority status %1 is not active or closed.</source>
        <extracomment>%1 the status given.</extracomment>
        <translation>Prioriteringens status %1 är inte active eller closed.</translation>
    </message>
    <message id="priority.area-required">
        <source>A priority on an area needs the area.</source>
        <translation>En prioritering för ett område behöver området.</translation>
    </message>
    <message id="priority.outline-required">
        <source>A priority on %1 needs their outline: at least one polygon of three points or more.</source>
        <extracomment>%1 the place kind.</extracomment>
        <translation>En prioritering av typen %1 behöver en kontur: minst en polygon med tre eller fler punkter.</translation>
    </message>
    <message id="priority.bad-polygon">
        <source>Polygon %1 of the priority has %2 points or a point that is not a number; an outline needs at least three.</source>
        <extracomment>%1 the polygon's number, %2 its points.</extracomment>
        <translation>Prioriteringens polygon %1 har %2 punkter eller en punkt som inte är ett tal; en kontur behöver minst tre.</translation>
    </message>
    <message id="priority.unknown-category">
        <source>The project has no category %1.</source>
        <extracomment>%1 the category code.</extracomment>
        <translation>Projektet har ingen kategori %1.</translation>
    </message>
    <message id="priority.area-unreadable">
        <source>The outline of the area %1 cannot be read.</source>
        <extracomment>%1 the area's name.</extracomment>
        <translation>Konturen för området %1 kan inte läsas.</translation>
    </message>
    <message id="priority.save-failed">
        <source>The priority could not be saved: %1</source>
        <extracomment>%1 what SQLite said.</extracomment>
        <translation>Prioriteringen kunde inte sparas: %1</translation>
    </message>
    <message id="evaluation.bad-period">
        <source>The %1 period '%2' is not FROM..UNTIL with dates as YYYY-MM-DD (e.g. 2026-01-01..2026-03-31).</source>
        <extracomment>%1 which period (before, after), %2 the text given.</extracomment>
        <translation>Perioden %1 '%2' är inte FRÅN..TILL med datum som ÅÅÅÅ-MM-DD (t.ex. 2026-01-01..2026-03-31).</translation>
    </message>
    <message id="evaluation.period-reversed">
        <source>The %1 period %2 ends before it starts.</source>
        <extracomment>%1 which period (before, after), %2 the period.</extracomment>
        <translation>Perioden %1 %2 slutar innan den börjar.</translation>
    </message>
    <message id="evaluation.periods-overlap">
        <source>The before period (%1) and the after period (%2) overlap: an event cannot count as both before and after.</source>
        <extracomment>%1 the before period, %2 the after period.</extracomment>
        <translation>Före-perioden (%1) och efter-perioden (%2) överlappar: en händelse kan inte räknas både före och efter.</translation>
    </message>
    <message id="evaluation.after-before-before">
        <source>The after period (%1) lies before the before period (%2): give the periods the other way round.</source>
        <extracomment>%1 the after period, %2 the before period.</extracomment>
        <translation>Efter-perioden (%1) ligger före före-perioden (%2): ange perioderna åt andra hållet.</translation>
    </message>
    <message id="evaluation.unknown-area">
        <source>The project has no area %1.</source>
        <extracomment>%1 the area's fid.</extracomment>
        <translation>Projektet har inget område %1.</translation>
    </message>
    <message id="evaluation.same-area">
        <source>The target and the comparison area are the same area (%1): choose another comparison area.</source>
        <extracomment>%1 the area.</extracomment>
        <translation>Mål- och jämförelseområdet är samma område (%1): välj ett annat jämförelseområde.</translation>
    </message>
    <message id="evaluation.areas-overlap">
        <source>The target area %1 and the comparison area %2 overlap (%3 m² in common): the comparison area must lie outside the target area, or the intervention's effect is counted on both sides.</source>
        <extracomment>%1 the target area, %2 the comparison area, %3 the area in common in m².</extracomment>
        <translation>Målområdet %1 och jämförelseområdet %2 överlappar (%3 m² gemensamt): jämförelseområdet måste ligga utanför målområdet, annars räknas insatsens effekt på båda sidor.</translation>
    </message>
    <message id="evaluation.buffer-overlaps-comparison">
        <source>The buffer of %1 m around %2 overlaps the comparison area %3 (%4 m² in common): choose a smaller buffer or a comparison area further away.</source>
        <extracomment>%1 the buffer in metres, %2 the target area, %3 the comparison area, %4 the area in common in m².</extracomment>
        <translation>Bufferten på %1 m runt %2 överlappar jämförelseområdet %3 (%4 m² gemensamt): välj en mindre buffert eller ett jämförelseområde längre bort.</translation>
    </message>
    <message id="evaluation.bad-buffer">
        <source>The buffer must be more than 0 and at most %1 metres, not %2.</source>
        <extracomment>%1 the largest buffer in metres, %2 the one given.</extracomment>
        <translation>Bufferten måste vara större än 0 och högst %1 meter, inte %2.</translation>
    </message>
    <message id="evaluation.area-unreadable">
        <source>The outline of the area %1 cannot be read as a polygon.</source>
        <extracomment>%1 the area.</extracomment>
        <translation>Konturen för området %1 kan inte läsas som en polygon.</translation>
    </message>
    <message id="evaluation.unknown-intervention">
        <source>The project has no action %1.</source>
        <extracomment>%1 the action's fid.</extracomment>
        <translation>Projektet har ingen åtgärd %1.</translation>
    </message>
    <message id="evaluation.not-intervention">
        <source>Action %1 (%2) is an ordinary action, not an intervention: only an intervention (patrols, lighting, cameras, …) has an area and a period to evaluate.</source>
        <extracomment>%1 the action's fid, %2 its title.</extracomment>
        <translation>Åtgärd %1 (%2) är en vanlig åtgärd, inte en insats: bara en insats (patrullering, belysning, kameror, …) har ett område och en period att utvärdera.</translation>
    </message>
    <message id="evaluation.intervention-no-area">
        <source>The intervention %1 (%2) has no area: give the target area.</source>
        <extracomment>%1 the action's fid, %2 its title.</extracomment>
        <translation>Insatsen %1 (%2) har inget område: ange målområdet.</translation>
    </message>
    <message id="evaluation.intervention-no-period">
        <source>The intervention %1 (%2) has no period (start and end date): give the after period.</source>
        <extracomment>%1 the action's fid, %2 its title.</extracomment>
        <translation>Insatsen %1 (%2) har ingen period (start- och slutdatum): ange efter-perioden.</translation>
    </message>
    <message id="evaluation.unknown-category">
        <source>'%1' is neither a category nor a category group of the project.</source>
        <extracomment>%1 the code.</extracomment>
        <translation>”%1” är varken en kategori eller en kategorigrupp i projektet.</translation>
    </message>
    <message id="evaluation.no-comparison-candidates">
        <source>No other area of the project lies outside the target area and its buffer: add a comparison area first.</source>
        <translation>Inget annat område i projektet ligger utanför målområdet och dess buffert: lägg först till ett jämförelseområde.</translation>
    </message>
    <message id="evaluation.save-failed">
        <source>The evaluation could not be stored: %1</source>
        <extracomment>%1 what SQLite said.</extracomment>
        <translation>Utvärderingen kunde inte sparas: %1</translation>
    </message>
    <message id="evaluation.read-failed">
        <source>The evaluations cannot be read: %1</source>
        <extracomment>%1 what SQLite said.</extracomment>
        <translation>Utvärderingarna kan inte läsas: %1</translation>
    </message>
    <message id="evaluation.unknown">
        <source>The project has no stored evaluation %1.</source>
        <extracomment>%1 the evaluation's fid.</extracomment>
        <translation>Projektet har ingen sparad utvärdering %1.</translation>
    </message>
    <message id="evaluation.stored-unreadable">
        <source>The stored evaluation %1 cannot be read: %2</source>
        <extracomment>%1 the evaluation's fid, %2 what is wrong.</extracomment>
        <translation>Den sparade utvärderingen %1 kan inte läsas: %2</translation>
    </message>
    <message id="evaluation.res-zero-count">
        <source>RES is not computed: %1 is 0, and the relative effect size and its interval need at least one event in each of the four counts.</source>
        <extracomment>%1 the counts that are 0 (e.g. &quot;a (target before), d (comparison after)&quot;).</extracomment>
        <translation>RES beräknas inte: %1 är 0, och den relativa effektstorleken och dess intervall kräver minst en händelse i vart och ett av de fyra antalen.</translation>
    </message>
    <message id="evaluation.wdq-no-buffer">
        <source>WDQ needs a buffer around the target area: without one there is no displacement to measure.</source>
        <translation>WDQ kräver en buffert runt målområdet: utan den finns ingen undanträngning att mäta.</translation>
    </message>
    <message id="evaluation.wdq-zero-count">
        <source>WDQ is not computed: %1 is 0, and the quotient is undefined with zero counts.</source>
        <extracomment>%1 the counts that are 0.</extracomment>
        <translation>WDQ beräknas inte: %1 är 0, och kvoten är odefinierad med nollor.</translation>
    </message>
    <message id="evaluation.wdq-zero-denominator">
        <source>WDQ is not computed: the target area changed exactly as the comparison area did (the denominator is 0), so there is no effect to be displaced.</source>
        <translation>WDQ beräknas inte: målområdet förändrades precis som jämförelseområdet (nämnaren är 0), så det finns ingen effekt att tränga undan.</translation>
    </message>
    <message id="crosswalk.unknown">
        <source>The project has no crosswalk named '%1'.</source>
        <extracomment>%1 the crosswalk's name.</extracomment>
        <translation>Projektet har ingen kategorinyckel som heter '%1'.</translation>
    </message>
    <message id="crosswalk.name-empty">
        <source>A crosswalk needs a name.</source>
        <translation>En kategorinyckel behöver ett namn.</translation>
    </message>
    <message id="crosswalk.name-taken">
        <source>The project already has a crosswalk named '%1'.</source>
        <extracomment>%1 the name.</extracomment>
        <translation>Projektet har redan en kategorinyckel som heter '%1'.</translation>
    </message>
    <message id="crosswalk.value-empty">
        <source>A crosswalk line needs the value the source writes.</source>
        <translation>En rad i en kategorinyckel behöver värdet som källan skriver.</translation>
    </message>
    <message id="crosswalk.unknown-category">
        <source>'%1' in crosswalk '%2' would be read as '%3', which is not a category of the project.</source>
        <extracomment>%1 the source value, %2 the crosswalk, %3 the code given.</extracomment>
        <translation>'%1' i kategorinyckeln '%2' skulle läsas som '%3', som inte är en kategori i projektet.</translation>
    </message>
    <message id="crosswalk.entry-unknown">
        <source>Crosswalk '%1' has no line for '%2'.</source>
        <extracomment>%1 the crosswalk, %2 the source value.</extracomment>
        <translation>Kategorinyckeln '%1' har ingen rad för '%2'.</translation>
    </message>
    <message id="crosswalk.save-failed">
        <source>The crosswalk could not be saved: %1</source>
        <extracomment>%1 what SQLite said.</extracomment>
        <translation>Kategorinyckeln kunde inte sparas: %1</translation>
    </message>
    <message id="crosswalk.read-failed">
        <source>The crosswalks cannot be read: %1</source>
        <extracomment>%1 what SQLite said.</extracomment>
        <translation>Kategorinycklarna kan inte läsas: %1</translation>
    </message>
    <message id="crosswalk.file-bad-header">
        <source>%1 is not a crosswalk file: its first line should name the columns %2.</source>
        <extracomment>%1 the file, %2 the columns it should have.</extracomment>
        <translation>%1 är ingen kategorinyckelfil: dess första rad ska ange kolumnerna %2.</translation>
    </message>
    <message id="crosswalk.file-bad-row">
        <source>%1, row %2: %3. Nothing was read from the file.</source>
        <extracomment>%1 the file, %2 the row (1 = header), %3 why.</extracomment>
        <translation>%1, rad %2: %3. Inget lästes från filen.</translation>
    </message>
    <message id="crosswalk.file-bad-leave-out">
        <source>leave_out is '%1'; write 1 (leave out) or 0 (read as the category)</source>
        <extracomment>%1 the value.</extracomment>
        <translation>leave_out är '%1'; skriv 1 (utelämna) eller 0 (läs som kategorin)</translation>
    </message>
    <message id="crosswalk.file-no-target">
        <source>the line has neither a category nor leave_out = 1</source>
        <translation>raden har varken en kategori eller leave_out = 1</translation>
    </message>
    <message id="import.row-left-out">
        <source>left out on purpose: crosswalk '%1' leaves out %2</source>
        <extracomment>Reason kept with an import row left out on purpose. %1 the crosswalk, %2 the value.</extracomment>
        <translation>utelämnad med avsikt: kategorinyckeln '%1' utelämnar %2</translation>
    </message>
    <message id="import.left-out-summary">
        <source>%1 rows left out on purpose by crosswalk '%2' (kept with the import's rejects, not errors): %3.</source>
        <extracomment>%1 row count, %2 the crosswalk, %3 the values with their counts.</extracomment>
        <translation>%1 rader utelämnades med avsikt av kategorinyckeln '%2' (sparade bland importens avvisade rader, inte som fel): %3.</translation>
    </message>
    <message id="import.used-crosswalk">
        <source>Categories read through crosswalk '%1': it knows %2 of the file's %3 values.</source>
        <extracomment>%1 the crosswalk, %2 values of the file it knows, %3 the file's distinct values.</extracomment>
        <translation>Kategorierna lästes via kategorinyckeln '%1': den känner till %2 av filens %3 värden.</translation>
    </message>
    <message id="import.group-as-category">
        <source>%1 is the name of the category group %2: read as its category %3.</source>
        <extracomment>%1 the value in the file, %2 the group's name, %3 the category's name.</extracomment>
        <translation>%1 är namnet på kategorigruppen %2: läses som dess kategori %3.</translation>
    </message>
    <message id="import.crosswalk-stored">
        <source>%1 choices stored in crosswalk '%2': the next import uses them without asking.</source>
        <extracomment>%1 the number of lines, %2 the crosswalk.</extracomment>
        <translation>%1 val sparades i kategorinyckeln '%2': nästa import använder dem utan att fråga.</translation>
    </message>
    <message id="category.unknown">
        <source>'%1' is not a category of the project.</source>
        <extracomment>%1 the code.</extracomment>
        <translation>'%1' är ingen kategori i projektet.</translation>
    </message>
    <message id="category.code-taken">
        <source>The project already has a category '%1'.</source>
        <extracomment>%1 the code.</extracomment>
        <translation>Projektet har redan en kategori '%1'.</translation>
    </message>
    <message id="category.code-invalid">
        <source>'%1' cannot be a category code: use lower-case letters a–z, digits and _ (at most 40).</source>
        <extracomment>%1 the code.</extracomment>
        <translation>'%1' kan inte vara en kategorikod: använd små bokstäver a–z, siffror och _ (högst 40 tecken).</translation>
    </message>
    <message id="category.label-empty">
        <source>A category needs a Swedish name.</source>
        <translation>En kategori behöver ett svenskt namn.</translation>
    </message>
    <message id="category.bad-colour">
        <source>'%1' is not a colour: write it as #rrggbb.</source>
        <extracomment>%1 the colour given.</extracomment>
        <translation>'%1' är ingen färg: skriv den som #rrggbb.</translation>
    </message>
    <message id="category.group-unknown">
        <source>'%1' is not a category group of the project.</source>
        <extracomment>%1 the group's code.</extracomment>
        <translation>'%1' är ingen kategorigrupp i projektet.</translation>
    </message>
    <message id="category.merge-same">
        <source>A category cannot be merged into itself.</source>
        <translation>En kategori kan inte slås ihop med sig själv.</translation>
    </message>
    <message id="category.save-failed">
        <source>The category could not be saved: %1</source>
        <extracomment>%1 what SQLite said.</extracomment>
        <translation>Kategorin kunde inte sparas: %1</translation>
    </message>
    <message id="police-feed.unreadable">
        <source>%1 cannot be read as the police's event feed: %2</source>
        <extracomment>%1 the file, %2 what is wrong.</extracomment>
        <translation>%1 kan inte läsas som polisens händelseflöde: %2</translation>
    </message>
    <message id="police-feed.not-array">
        <source>%1 is JSON but not the police's event feed: it should be a list of events with id, datetime, type and location.</source>
        <extracomment>%1 the file.</extracomment>
        <translation>%1 är JSON men inte polisens händelseflöde: det ska vara en lista med händelser med id, datetime, type och location.</translation>
    </message>
    <message id="import.row-bad-gps">
        <source>the place's gps %1 is not 'latitude,longitude'</source>
        <extracomment>Row reasons. %1 the value.</extracomment>
        <translation>platsens gps %1 är inte 'latitud,longitud'</translation>
    </message>
    <message id="import.row-missing-event-id">
        <source>the event has no id</source>
        <translation>händelsen har inget id</translation>
    </message>
    <message id="import.row-event-in-project">
        <source>the event %1 is already in the project (imported %2)</source>
        <extracomment>%1 the event's id in its source, %2 when it was imported (YYYY-MM-DD HH:MM).</extracomment>
        <translation>händelsen %1 finns redan i projektet (importerad %2)</translation>
    </message>
    <message id="import.row-event-repeated">
        <source>the event %1 came already on row %2 of this file</source>
        <extracomment>%1 the event's id in its source, %2 the earlier row.</extracomment>
        <translation>händelsen %1 förekom redan på rad %2 i den här filen</translation>
    </message>
    <message id="import.duplicate-events">
        <source>%1 events were already in the project or came twice in the file: not imported again (kept with the import's rejects).</source>
        <extracomment>%1 the number of events.</extracomment>
        <translation>%1 händelser fanns redan i projektet eller förekom två gånger i filen: de importerades inte igen (sparade bland importens avvisade rader).</translation>
    </message>
    <message id="import.row-bad-precision">
        <source>the place precision %1 is not one of exact, address, street, area, municipality, county</source>
        <extracomment>%1 the value.</extracomment>
        <translation>platsprecisionen %1 är inte någon av exact, address, street, area, municipality, county</translation>
    </message>
    <message id="import.precision-municipality">
        <source>%1 rows have only a municipality as their place (%2): they are counted but not drawn as points or used in the point analyses.</source>
        <extracomment>%1 row count, %2 the place named (e.g. &quot;Kristinehamn&quot;).</extracomment>
        <translation>%1 rader har bara en kommun som plats (%2): de räknas men ritas inte som punkter och används inte i punktanalyserna.</translation>
    </message>
    <message id="import.precision-county">
        <source>%1 rows have only a county as their place (%2): they are counted but not drawn as points or used in the point analyses.</source>
        <extracomment>%1 row count, %2 the place named.</extracomment>
        <translation>%1 rader har bara ett län som plats (%2): de räknas men ritas inte som punkter och används inte i punktanalyserna.</translation>
    </message>
    <message id="import.precision-municipality-unnamed">
        <source>%1 rows have only a municipality as their place: they are counted but not drawn as points or used in the point analyses.</source>
        <extracomment>%1 row count; the file named no places.</extracomment>
        <translation>%1 rader har bara en kommun som plats: de räknas men ritas inte som punkter och används inte i punktanalyserna.</translation>
    </message>
    <message id="import.precision-county-unnamed">
        <source>%1 rows have only a county as their place: they are counted but not drawn as points or used in the point analyses.</source>
        <translation>%1 rader har bara ett län som plats: de räknas men ritas inte som punkter och används inte i punktanalyserna.</translation>
    </message>
    <message id="import.precision-centroid">
        <source>%1 rows share exactly the point %2, the centroid of %3: their place is taken as %3 only.</source>
        <extracomment>%1 row count, %2 the point (E, N), %3 the municipality or county whose centroid it is.</extracomment>
        <translation>%1 rader har exakt samma punkt %2, mittpunkten för %3: deras plats räknas bara som %3.</translation>
    </message>
    <message id="import.precision-named">
        <source>%1 rows share exactly the point %2 and name %3 as their place: their place is taken as %3 only.</source>
        <extracomment>%1 row count, %2 the point (E, N), %3 the municipality or county the rows name.</extracomment>
        <translation>%1 rader delar exakt punkten %2 och anger %3 som plats: deras plats tas som bara %3.</translation>
    </message>
    <message id="import.precision-repeated">
        <source>%1 rows share exactly the point %2, far more than any real place (the next has %3): their place is taken as an area only.</source>
        <extracomment>%1 row count, %2 the point (E, N), %3 how many rows the next busiest point has.</extracomment>
        <translation>%1 rader har exakt samma punkt %2, långt fler än någon verklig plats (punkten med näst flest har %3): deras plats räknas bara som ett område.</translation>
    </message>
    <message id="precision.write-failed">
        <source>The places' precision could not be stored: %1</source>
        <extracomment>%1 the SQL error.</extracomment>
        <translation>Platsernas precision kunde inte sparas: %1</translation>
    </message>
    <message id="precision.unknown-incident">
        <source>There is no incident %1 in the project: no precision was changed.</source>
        <extracomment>%1 the fid.</extracomment>
        <translation>Projektet har ingen händelse %1: ingen precision ändrades.</translation>
    </message>
    <message id="store.read-failed">
        <source>The project's incidents could not be read: %1</source>
        <extracomment>%1 the SQL error.</extracomment>
        <translation>Projektets händelser kunde inte läsas: %1</translation>
    </message>
    <message id="store.too-many-values">
        <source>The incidents have more different values than the store can hold (at %1).</source>
        <extracomment>%1 the value.</extracomment>
        <translation>Händelserna har fler olika värden än lagret kan hålla (vid %1).</translation>
    </message>
    <message id="imprecise.left-out-municipality">
        <source>%1 incidents have only the municipality as their place and are left out here.</source>
        <extracomment>%1 count. Said by the map and every point analysis.</extracomment>
        <translation>%1 händelser har bara kommunen som plats och utelämnas här.</translation>
    </message>
    <message id="imprecise.left-out-county">
        <source>%1 incidents have only the county as their place and are left out here.</source>
        <translation>%1 händelser har bara länet som plats och utelämnas här.</translation>
    </message>
    <message id="imprecise.left-out-area">
        <source>%1 incidents have only an area as their place and are left out here.</source>
        <translation>%1 händelser har bara ett område som plats och utelämnas här.</translation>
    </message>
    <message id="walk.observation-far-from-route">
        <source>The observation lies %1 m from the walk's route, more than %2 m: check that its place is right.</source>
        <extracomment>%1 distance in metres, %2 the tolerance.</extracomment>
        <translation>Observationen ligger %1 m från vandringens rutt, mer än %2 m: kontrollera att dess plats stämmer.</translation>
    </message>
    <message id="action.done-before-decided">
        <source>The action cannot be done (%1) before it was decided (%2).</source>
        <extracomment>%1 the done date, %2 the decided date.</extracomment>
        <translation>Åtgärden kan inte vara genomförd (%1) innan den beslutades (%2).</translation>
    </message>
    <message id="shared.connect-failed">
        <source>Cannot connect to the shared database %1: %2</source>
        <extracomment>%1 the connection (without a password), %2 what libpq said.</extracomment>
        <translation>Det går inte att ansluta till den delade databasen %1: %2</translation>
    </message>
    <message id="shared.query-failed">
        <source>The shared database refused %1: %2</source>
        <extracomment>%1 what was being done, %2 what PostgreSQL said.</extracomment>
        <translation>Den delade databasen vägrade %1: %2</translation>
    </message>
    <message id="shared.no-postgis">
        <source>PostGIS is not available in %1: install postgresql-15-postgis-3 on the server (or ask its administrator to run CREATE EXTENSION postgis).</source>
        <extracomment>%1 the database.</extracomment>
        <translation>PostGIS finns inte i %1: installera postgresql-15-postgis-3 på servern (eller be dess administratör köra CREATE EXTENSION postgis).</translation>
    </message>
    <message id="shared.already-initialised">
        <source>%1 already holds a Tryggkarta project (schema version %2): nothing was changed.</source>
        <extracomment>%1 the database, %2 the schema version it has.</extracomment>
        <translation>%1 har redan ett Tryggkarta-projekt (schemaversion %2): inget ändrades.</translation>
    </message>
    <message id="shared.not-initialised">
        <source>%1 holds no Tryggkarta project: create one with tryggkarta-cli shared init.</source>
        <extracomment>%1 the database.</extracomment>
        <translation>%1 har inget Tryggkarta-projekt: skapa ett med tryggkarta-cli shared init.</translation>
    </message>
    <message id="shared.newer-schema">
        <source>The shared database has schema version %1, newer than this Tryggkarta knows (%2): update Tryggkarta before using it.</source>
        <extracomment>%1 the database's schema version, %2 the newest this program knows.</extracomment>
        <translation>Den delade databasen har schemaversion %1, nyare än den här Tryggkarta känner till (%2): uppdatera Tryggkarta innan du använder den.</translation>
    </message>
    <message id="shared.older-schema">
        <source>The shared database has schema version %1 and this Tryggkarta needs version %2: a coordinator brings it up to date with tryggkarta-cli shared migrate (nothing is lost).</source>
        <extracomment>%1 the database's schema version, %2 the one this program needs.</extracomment>
        <translation>Den delade databasen har schemaversion %1 och den här Tryggkarta behöver version %2: en samordnare uppdaterar den med tryggkarta-cli shared migrate (inget går förlorat).</translation>
    </message>
    <message id="shared.unknown-organisation">
        <source>There is no organisation %1 in the shared database.</source>
        <extracomment>%1 the organisation.</extracomment>
        <translation>Det finns ingen organisation %1 i den delade databasen.</translation>
    </message>
    <message id="shared.bad-role">
        <source>%1 is not a role of the shared database: it is coordinator, reporter or steering.</source>
        <extracomment>%1 the role given.</extracomment>
        <translation>%1 är ingen roll i den delade databasen: rollerna är coordinator (samordnare), reporter (rapportör) och steering (styrgrupp).</translation>
    </message>
    <message id="shared.reporter-needs-organisation">
        <source>A reporter reports for an organisation: name it.</source>
        <translation>En rapportör rapporterar för en organisation: ange den.</translation>
    </message>
    <message id="shared.bad-user-name">
        <source>%1 cannot be a user name: use lower-case letters, digits and _, starting with a letter, at most 40 characters.</source>
        <extracomment>%1 the name.</extracomment>
        <translation>%1 kan inte vara ett användarnamn: använd små bokstäver a–z, siffror och _, börja med en bokstav, högst 40 tecken.</translation>
    </message>
    <message id="shared.user-exists">
        <source>There is already a user %1 in the shared database.</source>
        <extracomment>%1 the name.</extracomment>
        <translation>Det finns redan en användare %1 i den delade databasen.</translation>
    </message>
    <message id="shared.organisation-exists">
        <source>There is already an organisation %1 in the shared database.</source>
        <extracomment>%1 the name.</extracomment>
        <translation>Det finns redan en organisation %1 i den delade databasen.</translation>
    </message>
    <message id="shared.not-allowed">
        <source>%1 may not change the shared database's organisations and users: that is the coordinator's.</source>
        <extracomment>%1 the name.</extracomment>
        <translation>%1 får inte ändra den delade databasens organisationer och användare: det gör samordnaren.</translation>
    </message>
    <message id="sync.not-replica">
        <source>%1 is not an offline copy of a shared database yet: give the connection to make it one.</source>
        <extracomment>%1 the project file.</extracomment>
        <translation>%1 är ännu inte en offlinekopia av en delad databas: ange anslutningen för att göra den till en.</translation>
    </message>
    <message id="sync.other-database">
        <source>%1 is the offline copy of another shared database (%2): nothing was changed.</source>
        <extracomment>%1 the project file, %2 the database it is a copy of.</extracomment>
        <translation>%1 är offlinekopia av en annan delad databas (%2): inget ändrades.</translation>
    </message>
    <message id="sync.srs-mismatch">
        <source>%1 is in EPSG:%2 and the shared database in EPSG:%3: a copy needs the same coordinate system.</source>
        <extracomment>%1 the project file, %2 its EPSG code, %3 the shared database's.</extracomment>
        <translation>%1 har EPSG:%2 och den delade databasen EPSG:%3: en kopia måste ha samma koordinatsystem.</translation>
    </message>
    <message id="sync.failed">
        <source>The synchronisation stopped: %1 What was finished is kept on both sides and the next synchronisation carries on from there.</source>
        <extracomment>%1 what failed.</extracomment>
        <translation>Synkroniseringen avbröts: %1 Det som hann bli klart finns kvar på båda sidor, och nästa synkronisering fortsätter därifrån.</translation>
    </message>
    <message id="sync.unknown-conflict">
        <source>There is no open conflict %1.</source>
        <extracomment>%1 the number given.</extracomment>
        <translation>Det finns ingen öppen konflikt %1.</translation>
    </message>
    <message id="sync.row-refused">
        <source>%1 %2 was not sent: the shared database refused it (%3). It is kept in the copy.</source>
        <extracomment>%1 the table, %2 the row's fid in the copy, %3 what PostgreSQL said.</extracomment>
        <translation>%1 %2 skickades inte: den delade databasen vägrade (%3). Raden finns kvar i kopian.</translation>
    </message>
    <message id="sync.conflict-both-changed">
        <source>Changed both here and in the shared database since the last synchronisation.</source>
        <translation>Ändrad både här och i den delade databasen sedan senaste synkroniseringen.</translation>
    </message>
    <message id="sync.conflict-deleted-there">
        <source>Changed here and deleted in the shared database.</source>
        <translation>Ändrad här och borttagen i den delade databasen.</translation>
    </message>
    <message id="sync.conflict-deleted-here">
        <source>Deleted here and changed in the shared database.</source>
        <translation>Borttagen här och ändrad i den delade databasen.</translation>
    </message>
    <message id="sync.other-login">
        <source>%1 is %2's offline copy: it holds what %2 may read and changes waiting to be sent as %2. Synchronise it as %2, or make a new copy for %3: nothing was changed.</source>
        <extracomment>%1 the project file, %2 the login it is a copy for, %3 the login given now.</extracomment>
        <translation>%1 är %2s offlinekopia: den innehåller det %2 får läsa och ändringar som väntar på att skickas som %2. Synkronisera den som %2, eller gör en ny kopia för %3: inget ändrades.</translation>
    </message>
    <message id="sync.read-only-role">
        <source>%1 reads the shared database only: the changes made in this copy were not sent.</source>
        <extracomment>%1 the name of the role the shared database gave.</extracomment>
        <translation>%1 får bara läsa den delade databasen: ändringarna i den här kopian skickades inte.</translation>
    </message>
</context>
</TS>
