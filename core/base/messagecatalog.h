// The catalogue of every message the core gives a user: one entry per message, its code (the MessageCode
// enumerator), its stable id (the key of its translations: never change an id once released) and its English
// template with %1 … %9 for the parameters, in the order Message::make takes them. message.h and message.cpp
// make the enum, the ids and the templates from this one list; scripts/update-core-messages.py makes the
// app's translation files from it.
//
// To add a message: add an entry here (a new id, the English with its placeholders), build it with
// Message::make( MessageCode::Name, … ) or Error( MessageCode::Name, … ), run `ninja update_translations`
// and translate the new entry in resources/translations/coremessages_sv.ts. Changing an English template
// marks its translations unfinished until they are checked. The core names no command-line options: the
// command-line tool adds its own hints by code (app/cli/climessages.cpp).
//
// No include guard: message.h and message.cpp include this list several times, each with its own TK_MESSAGE.

// clang-format off

// --- General -----------------------------------------------------------------------------------------------
TK_MESSAGE( Cancelled, "general.cancelled", "Cancelled." )
TK_MESSAGE( FileMissing, "file.missing", "%1 does not exist." )
TK_MESSAGE( FileReadFailed, "file.read-failed", "Cannot read %1: %2" )
//! %1 a message saying what failed, %2 what GDAL said about it.
TK_MESSAGE( GdalFailure, "gdal.failure", "%1: %2" )

//! %1 the file. The transaction was rolled back.
TK_MESSAGE( DiskFull, "disk.full",
            "There is not enough space on the disk for %1: nothing was changed. Free some space and try again." )
//! %1 the file, %2 what the system said. The transaction was rolled back.
TK_MESSAGE( DiskWriteFailed, "disk.write-failed", "%1 could not be written (%2): nothing was changed." )
//! %1 the project file. Another process held its write lock longer than SQLite waits (5 s); rolled back.
TK_MESSAGE( ProjectBusy, "project.busy",
            "%1 is being changed by another program (another import, or an analysis in another Tryggkarta or "
            "tryggkarta-cli): nothing was changed. Try again when it has finished." )
//! %1 a message saying what GDAL was writing, %2 what GDAL said. The write was rolled back.
TK_MESSAGE( DiskFailureWhile, "disk.failure-while",
            "%1: the disk is full or could not be written (%2); nothing was changed." )

// --- Project files -----------------------------------------------------------------------------------------
TK_MESSAGE( ProjectIsFolder, "project.is-folder", "%1 is a folder, not a project file." )
TK_MESSAGE( ProjectFileEmpty, "project.file-empty", "%1 is empty: it is not a Tryggkarta project." )
TK_MESSAGE( ProjectNotSqlite, "project.not-sqlite",
            "%1 is not a Tryggkarta project: it is not a GeoPackage (SQLite) file." )
//! %2 the file's size in bytes, %3 the size its header gives.
TK_MESSAGE( ProjectTruncated, "project.truncated",
            "%1 is truncated or damaged: the file is %2 bytes but its header says %3." )
TK_MESSAGE( ProjectNotGeoPackage, "project.not-geopackage",
            "%1 is not a Tryggkarta project: it is an SQLite database but not a GeoPackage." )
TK_MESSAGE( ProjectNotTryggkarta, "project.not-tryggkarta",
            "%1 is a GeoPackage but not a Tryggkarta project (it has no Tryggkarta tables). Create a new "
            "project and import its layers instead." )
TK_MESSAGE( ProjectNoSchemaVersion, "project.no-schema-version", "%1 is damaged: it has no schema version." )
//! %2 the file's schema version, %3 the newest this version reads.
TK_MESSAGE( ProjectNewerSchema, "project.newer-schema",
            "%1 was saved by a newer version of Tryggkarta (project schema %2; this version reads up to "
            "%3). Update Tryggkarta to open it; the file was not changed." )
TK_MESSAGE( ProjectMigrationNeedsWrite, "project.migration-needs-write",
            "%1 has an older project schema (%2) and must be migrated, which needs write access." )
TK_MESSAGE( ProjectBackupFailed, "project.backup-failed",
            "Could not back up %1 before migrating it: %2. The file was not changed." )
TK_MESSAGE( ProjectExists, "project.exists", "%1 already exists; choose another name or open it." )
TK_MESSAGE( ProjectNoGeoPackageDriver, "project.no-geopackage-driver", "GDAL has no GeoPackage driver." )
//! %2 what GDAL said.
TK_MESSAGE( ProjectCannotCreateFile, "project.cannot-create-file", "Could not create %1: %2" )
//! %2 what SQLite said.
TK_MESSAGE( ProjectCreateFailed, "project.create-failed", "Could not create the project %1: %2" )
TK_MESSAGE( ProjectOpenFailed, "project.open-failed", "Could not open %1: %2" )
TK_MESSAGE( ProjectReadFailed, "project.read-failed", "Cannot read the project: %1" )
//! %1 the project file, %2 what SQLite said.
TK_MESSAGE( ProjectFileReadFailed, "project.file-read-failed", "Cannot read the project %1: %2" )
//! %1 the table, %2 the project file, %3 what SQLite said.
TK_MESSAGE( ProjectTableReadFailed, "project.table-read-failed", "Cannot read the table %1 of %2: %3" )
//! %1 the new file, %2 what SQLite said.
TK_MESSAGE( ProjectSaveAsFailed, "project.save-as-failed", "Could not save the project as %1: %2" )
//! %1 the stored map's name inside the file, %2 what SQLite said.
TK_MESSAGE( ProjectMapStateRemoveFailed, "project.map-state-remove-failed",
            "Cannot remove the stored map %1: %2" )

// --- Damaged projects, interrupted changes and recovery ----------------------------------------------------
//! %1 the project file, %2 what SQLite found (its first problems, in English).
TK_MESSAGE( ProjectDamaged, "project.damaged",
            "%1 is damaged (SQLite reports: %2). Tryggkarta does not change a damaged project, so nothing was "
            "written to it. Recover what can still be read into a new project, or go back to a backup." )
//! %1 the project file, %2 when the change was interrupted (Stockholm time), %3 the copy of the file as it was
//! left, %4 the copy of its journal.
TK_MESSAGE( ProjectInterruptedRolledBack, "project.interrupted-rolled-back",
            "Tryggkarta was interrupted while changing the project %1 on %2: the incomplete change has been "
            "rolled back, and the project is as it was before that change. A copy of the file as it was left is "
            "in %3 (with its journal, %4)." )
//! %1 the project file, %2 when the change was interrupted (Stockholm time), %3 the copy of the file as it was
//! left, %4 the copy of its write-ahead log.
TK_MESSAGE( ProjectInterruptedLogRecovered, "project.interrupted-log-recovered",
            "A program was interrupted while changing the project %1 on %2: the changes it had finished were "
            "kept from its write-ahead log and an incomplete one was rolled back. A copy of the file as it was "
            "left is in %3 (with its log, %4)." )
//! %1 the project file, %2 when the change was interrupted (Stockholm time).
TK_MESSAGE( ProjectInterruptedNeedsWrite, "project.interrupted-needs-write",
            "Tryggkarta was interrupted while changing the project %1 on %2. The incomplete change must be "
            "rolled back before the project can be read, which needs permission to write to the file and its "
            "folder. Open it where you may write (or copy the folder, journal files included, to such a place)." )
//! %1 the project file, %2 why the copy failed.
TK_MESSAGE( ProjectInterruptedBackupFailed, "project.interrupted-backup-failed",
            "Tryggkarta was interrupted while changing the project %1, but the file could not be copied before "
            "rolling the incomplete change back: %2. Nothing was changed; free some space and open it again." )
//! %1 the project file, %2 what SQLite said.
TK_MESSAGE( ProjectInterruptedRecoveryFailed, "project.interrupted-recovery-failed",
            "Tryggkarta was interrupted while changing the project %1, and SQLite could not roll the incomplete "
            "change back: %2" )
//! %1 the new file.
TK_MESSAGE( RecoverOutputExists, "recover.output-exists",
            "%1 already exists; the recovered project is written to a new file." )
//! %1 the damaged file.
TK_MESSAGE( RecoverSameFile, "recover.same-file",
            "The recovered project must be a new file, not the damaged %1 itself." )
//! %1 the damaged file, %2 what SQLite said.
TK_MESSAGE( RecoverUnreadable, "recover.unreadable",
            "Nothing can be read from %1, not even its list of tables: %2" )
//! %1 the new file, %2 what SQLite said.
TK_MESSAGE( RecoverWriteFailed, "recover.write-failed", "Could not write the recovered project %1: %2" )
//! A table of the damaged project that could not be read at all; %1 what SQLite said.
TK_MESSAGE( RecoverTableUnreadable, "recover.table-unreadable", "unreadable: %1" )
//! %1 how many rows could not be read, %2 the first fid of the gap, %3 the last.
TK_MESSAGE( RecoverRowsUnreadable, "recover.rows-unreadable",
            "up to %1 rows could not be read (fid %2 to %3)" )
//! %1 how many rows were read but refused by the new project, %2 why the first was.
TK_MESSAGE( RecoverRowsRefused, "recover.rows-refused", "%1 rows refused by the new project (first: %2)" )
//! %1 how many references were cleared, %2 the columns: "incidents.batch_id".
TK_MESSAGE( RecoverReferencesCleared, "recover.references-cleared",
            "%1 references to rows that could not be read were emptied (%2)" )
TK_MESSAGE( RecoverTableMissing, "recover.table-missing",
            "not in the damaged file (or its definition could not be read)" )
//! The damaged project's header was repaired in a copy so SQLite could read it.
TK_MESSAGE( RecoverHeaderRepaired, "recover.header-repaired",
            "the file's header was damaged; it was read with a repaired header (in a temporary copy)" )

// --- Areas and the project's extent ------------------------------------------------------------------------
TK_MESSAGE( AreaUnreadableGeometry, "area.unreadable-geometry", "The area '%1' has an unreadable geometry." )
TK_MESSAGE( AreaNotPolygon, "area.not-polygon", "The area '%1' is not a polygon." )
TK_MESSAGE( AreasReadFailed, "area.read-failed", "Cannot read the areas: %1" )
TK_MESSAGE( AreaNoAreas, "area.no-areas", "The project has no areas, so there is no area '%1'." )
//! %2 the project's areas: "Centrum (EST1), Norr (EST2)".
TK_MESSAGE( AreaNotFound, "area.not-found", "No area is called '%1'. The project's areas: %2." )
TK_MESSAGE( BoundaryReadFailed, "area.boundary-read-failed", "Cannot read the municipality boundary: %1" )
//! What the project's extent is made from (ProjectExtent::basis).
TK_MESSAGE( ExtentMunicipalityBoundary, "extent.municipality-boundary", "the municipality boundary" )
TK_MESSAGE( ExtentProjectAreas, "extent.project-areas", "the project's areas" )

// --- Editing records ---------------------------------------------------------------------------------------
//! %1, %2 the position, %3 the project's EPSG code.
TK_MESSAGE( EditIncidentOutsideSweden, "edit.incident-outside-sweden",
            "The position (%1, %2) is outside Sweden in the project's coordinate system (EPSG:%3). Place "
            "the incident on the municipality's map." )
//! %1 x, %2 y, %3 what the project's extent is made from, %4 the margin in metres.
TK_MESSAGE( PhotoPlaceOutsideProject, "photo.place-outside-project",
            "The position (%1, %2) lies outside the project (%3 with %4 m around it). Place the photo on the "
            "municipality's map." )
TK_MESSAGE( EditObservationOutsideSweden, "edit.observation-outside-sweden",
            "The position (%1, %2) is outside Sweden in the project's coordinate system (EPSG:%3). Place "
            "the observation on the municipality's map." )
//! %1 a local time, "2025-03-01 21:30".
TK_MESSAGE( EditTimeBefore1970, "edit.time-before-1970", "The time %1 is before 1970." )
TK_MESSAGE( EditStartBefore1970, "edit.start-before-1970", "The start %1 is before 1970." )
TK_MESSAGE( EditObservationTimeBefore1970, "edit.observation-time-before-1970",
            "The observation time %1 is before 1970." )
TK_MESSAGE( EditTimeInFuture, "edit.time-in-future", "The time %1 is in the future." )
TK_MESSAGE( EditStartInFuture, "edit.start-in-future", "The start %1 is in the future." )
TK_MESSAGE( EditObservationTimeInFuture, "edit.observation-time-in-future",
            "The observation time %1 is in the future." )
TK_MESSAGE( EditNoCategory, "edit.no-category",
            "The incident has no category: choose one of the project's categories." )
TK_MESSAGE( EditCategoryRequired, "edit.category-required",
            "An incident must have a category: choose one of the project's categories." )
TK_MESSAGE( EditUnknownCategory, "edit.unknown-category",
            "The category %1 is not one of the project's categories." )
TK_MESSAGE( EditEndBeforeStart, "edit.end-before-start", "The end %1 is before the start %2." )
TK_MESSAGE( EditBadWeight, "edit.bad-weight", "The count or severity %1 is not a number of zero or more." )
TK_MESSAGE( EditUnknownPlaceType, "edit.unknown-place-type",
            "The place type %1 is not one of the project's place types." )
TK_MESSAGE( EditUnknownWalk, "edit.unknown-walk", "The project has no safety walk with fid %1." )
TK_MESSAGE( EditUnknownChecklistItem, "edit.unknown-checklist-item",
            "The checklist item %1 is not one of the project's checklist items." )
TK_MESSAGE( EditBadRating, "edit.bad-rating", "The rating %1 is not 0, 1, 2 or 3." )
TK_MESSAGE( EditUnknownStop, "edit.unknown-stop", "The project has no walk stop with fid %1." )
TK_MESSAGE( EditBadLightCondition, "edit.bad-light-condition",
            "The light condition %1 is not daylight, dusk or dark." )
TK_MESSAGE( EditBadDeadline, "edit.bad-deadline", "The deadline %1 is not a date (YYYY-MM-DD)." )
TK_MESSAGE( EditNoSuchIncident, "edit.no-such-incident",
            "There is no incident with fid %1 in the project (it may have been deleted)." )
TK_MESSAGE( EditNoSuchObservation, "edit.no-such-observation",
            "There is no observation with fid %1 in the project (it may have been deleted)." )
TK_MESSAGE( EditIncidentNotFound, "edit.incident-not-found",
            "There is no incident with fid %1 in the project." )
TK_MESSAGE( EditObservationNotFound, "edit.observation-not-found",
            "There is no observation with fid %1 in the project." )
TK_MESSAGE( EditIncidentExists, "edit.incident-exists",
            "The incident with fid %1 exists already; it cannot be restored over." )
TK_MESSAGE( EditObservationExists, "edit.observation-exists",
            "The observation with fid %1 exists already; it cannot be restored over." )
//! %1 what SQLite said.
TK_MESSAGE( EditSaveIncidentFailed, "edit.save-incident-failed",
            "Saving the incident failed and the project was not changed: %1" )
TK_MESSAGE( EditSaveObservationFailed, "edit.save-observation-failed",
            "Saving the observation failed and the project was not changed: %1" )
TK_MESSAGE( EditSaveIncidentsFailed, "edit.save-incidents-failed",
            "Saving the incidents failed and the project was not changed: %1" )
TK_MESSAGE( EditSaveFailed, "edit.save-failed", "Saving failed and the project was not changed: %1" )
TK_MESSAGE( EditMoveFailed, "edit.move-failed", "Moving failed and the project was not changed: %1" )
TK_MESSAGE( EditDeleteFailed, "edit.delete-failed", "Deleting failed and the project was not changed: %1" )
TK_MESSAGE( EditRestoreFailed, "edit.restore-failed", "Restoring failed and the project was not changed: %1" )
TK_MESSAGE( EditReadRecordsFailed, "edit.read-records-failed", "Reading the records failed: %1" )
TK_MESSAGE( EditReadIncidentFailed, "edit.read-incident-failed", "Reading the incident failed: %1" )
TK_MESSAGE( EditReadObservationFailed, "edit.read-observation-failed", "Reading the observation failed: %1" )

// --- The demo municipality ---------------------------------------------------------------------------------
TK_MESSAGE( DemoBadEndDate, "demo.bad-end-date",
            "The demo's end date must be a valid date written YYYY-MM-DD, not '%1'." )
TK_MESSAGE( DemoBadYears, "demo.bad-years", "The demo covers 1 to 10 years, not %1." )
TK_MESSAGE( DemoCreateFailed, "demo.create-failed", "Could not create the demo project %1: %2" )

// --- Selections --------------------------------------------------------------------------------------------
TK_MESSAGE( SelectionPeriodReversed, "selection.period-reversed", "The period ends before it starts." )
TK_MESSAGE( SelectionBadWeekday, "selection.bad-weekday",
            "Weekday %1 does not exist: weekdays are 1 (Monday) to 7 (Sunday)." )
TK_MESSAGE( SelectionBadHour, "selection.bad-hour", "Hour %1 does not exist: hours are 0 to 23." )
TK_MESSAGE( SelectionAreaNotGiven, "selection.area-not-given", "The area '%1' was not given." )
TK_MESSAGE( SelectionUnknownCategory, "selection.unknown-category",
            "'%1' is not a category code in this project." )
TK_MESSAGE( SelectionReadFailed, "selection.read-failed", "Cannot read the incidents: %1" )
//! Incidents an analysis leaves out for lying outside the project's extent: %1 how many, %2 the margin in km,
//! %3 the first few as " fid 12 (E 449270, N 6574920), fid 13 (…)", %4 how many more.
TK_MESSAGE( OutsideOneBoundary, "selection.outside-one-boundary",
            "%1 incident lies outside the project's extent (the bounds of the municipality boundary, "
            "widened by %2 km) and is left out:%3. Check its coordinates (a wrong coordinate system on "
            "import?)." )
TK_MESSAGE( OutsideManyBoundary, "selection.outside-many-boundary",
            "%1 incidents lie outside the project's extent (the bounds of the municipality boundary, "
            "widened by %2 km) and are left out:%3. Check their coordinates (a wrong coordinate system on "
            "import?)." )
TK_MESSAGE( OutsideManyMoreBoundary, "selection.outside-many-more-boundary",
            "%1 incidents lie outside the project's extent (the bounds of the municipality boundary, "
            "widened by %2 km) and are left out:%3 and %4 more. Check their coordinates (a wrong "
            "coordinate system on import?)." )
TK_MESSAGE( OutsideOneAreas, "selection.outside-one-areas",
            "%1 incident lies outside the project's extent (the bounds of the project's areas, widened by "
            "%2 km) and is left out:%3. Check its coordinates (a wrong coordinate system on import?)." )
TK_MESSAGE( OutsideManyAreas, "selection.outside-many-areas",
            "%1 incidents lie outside the project's extent (the bounds of the project's areas, widened by "
            "%2 km) and are left out:%3. Check their coordinates (a wrong coordinate system on import?)." )
TK_MESSAGE( OutsideManyMoreAreas, "selection.outside-many-more-areas",
            "%1 incidents lie outside the project's extent (the bounds of the project's areas, widened by "
            "%2 km) and are left out:%3 and %4 more. Check their coordinates (a wrong coordinate system on "
            "import?)." )

// --- Analyses: shared --------------------------------------------------------------------------------------
TK_MESSAGE( AnalysisBadCellSize, "analysis.bad-cell-size",
            "The cell size must be a positive number of metres (it is %1)." )
TK_MESSAGE( AnalysisPointNotNumber, "analysis.point-not-number",
            "Point %1 has a coordinate or weight that is not a number." )
TK_MESSAGE( AnalysisBadStudyArea, "analysis.bad-study-area", "The study area is not a valid rectangle." )
//! %1 the selection: "2025-01-01 – 2025-12-31; categories: klotter".
TK_MESSAGE( AnalysisNoIncidents, "analysis.no-incidents",
            "no incidents match the selection (%1); nothing was written." )
TK_MESSAGE( AnalysisBadAreaKind, "analysis.bad-area-kind",
            "The kind of areas must be est_area, district, custom or all." )
TK_MESSAGE( AnalysisBadAreaBand, "analysis.bad-area-band",
            "The distance between neighbouring areas must be 0 or more metres." )

// --- Heatmaps (kernel density) -----------------------------------------------------------------------------
TK_MESSAGE( KdeBadRadius, "kde.bad-radius", "The radius must be a positive number of metres (it is %1)." )
TK_MESSAGE( KdeBadTruncation, "kde.bad-truncation",
            "The Gaussian kernel's truncation must be a positive number of standard deviations (it is %1)." )
TK_MESSAGE( KdeBadEdgeShare, "kde.bad-edge-share",
            "The edge correction's minimum share must be above 0 and at most 1 (it is %1)." )
TK_MESSAGE( KdeEdgeKernelTooLarge, "kde.edge-kernel-too-large",
            "The edge correction works for kernels up to %1 cells across; this one reaches %2 cells. Use a "
            "larger cell size." )
TK_MESSAGE( KdeBadExtent, "kde.bad-extent", "The extent is not a valid rectangle." )
TK_MESSAGE( KdeRadiusBadPoints, "kde.radius-bad-points",
            "A default radius needs finite coordinates and non-negative weights." )
TK_MESSAGE( KdeRadiusNoWeight, "kde.radius-no-weight",
            "A default radius needs points with a positive total weight." )
TK_MESSAGE( KdeRadiusOnePlace, "kde.radius-one-place",
            "A default radius needs points at more than one place." )
TK_MESSAGE( KdeNoPoints, "kde.no-points", "There are no points to estimate a density from." )
//! %1 × %2 the grid's columns and rows, %3 the cell size, %4 the memory needed, %5 the limit, %6 a cell size
//! that fits.
TK_MESSAGE( KdeGridTooLarge, "kde.grid-too-large",
            "A grid of %1 × %2 cells of %3 m would need %4 GiB, more than the limit of %5 GiB. Use a cell "
            "size of at least %6 m." )
TK_MESSAGE( KdeMaskMismatch, "kde.mask-mismatch", "The mask has %1 cells but the grid has %2 (%3 × %4)." )

// --- Heatmap masks -----------------------------------------------------------------------------------------
TK_MESSAGE( MaskEmptyGrid, "mask.empty-grid", "The grid is empty." )
//! %1 why the area was not found (an area.* message).
TK_MESSAGE( MaskUnknownArea, "mask.unknown-area", "%1 A mask is one of the project's areas or 'land'." )
TK_MESSAGE( MaskCannotReadLayers, "mask.cannot-read-layers", "Cannot read the map layers of %1." )
TK_MESSAGE( MaskNoMemory, "mask.no-memory", "Not enough memory for a mask of %1 cells." )
TK_MESSAGE( MaskCannotReadArea, "mask.cannot-read-area", "Cannot read the area %1." )
TK_MESSAGE( MaskNoLand, "mask.no-land",
            "The project has no boundary (map_boundary) and no areas, so 'land' is not known." )
TK_MESSAGE( MaskFailed, "mask.failed", "Cannot make the mask." )

// --- Hot spots (Getis-Ord Gi*) -----------------------------------------------------------------------------
TK_MESSAGE( HotSpotAreasTooFew, "hotspots.areas-too-few",
            "Gi* on areas needs at least 3 areas; the project has %1." )
TK_MESSAGE( HotSpotAreasTooFewOfKind, "hotspots.areas-too-few-of-kind",
            "Gi* on areas needs at least 3 areas; the project has %1 of kind %2." )
TK_MESSAGE( HotSpotNeighboursNotFound, "hotspots.neighbours-not-found",
            "Could not find %1 neighbours for every cell." )
//! %1 × %2 the grid's columns and rows, %3 the cell size, %4 the memory needed, %5 the limit, %6 a cell size
//! that fits.
TK_MESSAGE( HotSpotGridTooLarge, "hotspots.grid-too-large",
            "A grid of %1 × %2 cells of %3 m would need %4 MiB, more than the limit of %5 MiB. Use a cell "
            "size of at least %6 m." )
TK_MESSAGE( HotSpotHexagonGridTooLarge, "hotspots.hexagon-grid-too-large",
            "A grid of %1 × %2 hexagons of %3 m would need %4 MiB, more than the limit of %5 MiB. Use a "
            "cell size of at least %6 m." )
TK_MESSAGE( HotSpotOneArea, "hotspots.one-area", "Gi* needs at least two areas (there is one)." )
TK_MESSAGE( HotSpotNoAreas, "hotspots.no-areas", "Gi* needs at least two areas (there are none)." )
TK_MESSAGE( HotSpotNeighbourListMismatch, "hotspots.neighbour-list-mismatch",
            "There are %1 values but neighbour lists for %2 areas." )
TK_MESSAGE( HotSpotAreaValueNotNumber, "hotspots.area-value-not-number",
            "The value of area %1 is not a number." )
TK_MESSAGE( HotSpotBadNeighbour, "hotspots.bad-neighbour",
            "Area %1 lists neighbour %2, but there are only %3 areas." )
TK_MESSAGE( HotSpotBadNeighbourWeight, "hotspots.bad-neighbour-weight",
            "Area %1 has a neighbour weight that is negative or not a number." )
TK_MESSAGE( HotSpotBadBand, "hotspots.bad-band",
            "The distance band must be a positive number of metres (it is %1)." )
TK_MESSAGE( HotSpotBadNeighbourCount, "hotspots.bad-neighbour-count",
            "The number of neighbours must be at least 1 (it is %1)." )
TK_MESSAGE( HotSpotNoEvents, "hotspots.no-events", "There are no events to find hot spots in." )
TK_MESSAGE( HotSpotSingleCell, "hotspots.single-cell",
            "The grid has a single cell; use a smaller cell size." )
TK_MESSAGE( HotSpotTooManyNeighbours, "hotspots.too-many-neighbours",
            "The number of neighbours (%1) must be smaller than the number of cells (%2)." )
TK_MESSAGE( HotSpotAllEqual, "hotspots.all-equal",
            "All values are equal, so there are no hot or cold spots to find." )
TK_MESSAGE( HotSpotFewAreas, "hotspots.few-areas",
            "There are only %1 areas; Gi* needs at least 30 to be meaningful." )
TK_MESSAGE( HotSpotFewEvents, "hotspots.few-events",
            "There are only %1 events; hot spots from fewer than 30 mean little." )
TK_MESSAGE( HotSpotEventsOutside, "hotspots.events-outside",
            "%1 events outside the study area were left out." )
TK_MESSAGE( HotSpotBandBelowCell, "hotspots.band-below-cell",
            "The distance band (%1 m) is smaller than the cell size (%2 m), so each cell is its own only "
            "neighbour." )

// --- Clusters (DBSCAN, ST-DBSCAN) --------------------------------------------------------------------------
TK_MESSAGE( ClusterBadEps, "clusters.bad-eps",
            "The search distance (eps) must be a positive number of metres; got %1." )
TK_MESSAGE( ClusterBadMinPoints, "clusters.bad-min-points",
            "The minimum number of points must be at least 1; got %1." )
TK_MESSAGE( ClusterTooManyPoints, "clusters.too-many-points", "Too many points to cluster at once (%1)." )
TK_MESSAGE( ClusterBadPoint, "clusters.bad-point", "Point %1 has invalid coordinates (x %2, y %3)." )
TK_MESSAGE( ClusterBadTimeEps, "clusters.bad-time-eps",
            "The time window (time eps) must be a positive number of seconds; got %1." )
TK_MESSAGE( ClusterTimesMismatch, "clusters.times-mismatch", "Expected one time per point (%1), got %2." )
TK_MESSAGE( ClusterBadTimeWindow, "clusters.bad-time-window", "The time window must be more than 0 days." )
TK_MESSAGE( ClusterBadConcavity, "clusters.bad-concavity", "The concavity must lie between 0 and 1." )
TK_MESSAGE( ClusterBadHullConcavity, "clusters.bad-hull-concavity",
            "The concavity must be above 0 and at most 1 (1 is the convex hull)." )
TK_MESSAGE( ClusterForeignClustering, "clusters.foreign-clustering",
            "The clustering does not belong to these incidents." )

// --- Period comparisons ------------------------------------------------------------------------------------
TK_MESSAGE( CompareNeedsPeriod, "compare.needs-period",
            "A comparison needs a period with a start and an end." )
//! %1, %2 the selections of the two periods.
TK_MESSAGE( CompareNoIncidents, "compare.no-incidents",
            "no incidents match the selection in either period (%1 and %2); nothing was written." )
TK_MESSAGE( CompareFewIncidents, "compare.few-incidents",
            "few incidents; differences between periods are mostly chance at these counts." )

// --- Time: hour × weekday, series, comparisons -------------------------------------------------------------
//! %1 the event's position in the list, %2 its fid.
TK_MESSAGE( TemporalTimeReversed, "temporal.time-reversed",
            "The time of event %1 (fid %2) ends before it starts." )
TK_MESSAGE( TemporalCoordinatesNotNumbers, "temporal.coordinates-not-numbers",
            "The coordinates of event %1 (fid %2) are not numbers." )
TK_MESSAGE( TemporalCurrentCoordinatesNotNumbers, "temporal.current-coordinates-not-numbers",
            "The coordinates of current event %1 (fid %2) are not numbers." )
TK_MESSAGE( TemporalEarlierCoordinatesNotNumbers, "temporal.earlier-coordinates-not-numbers",
            "The coordinates of earlier event %1 (fid %2) are not numbers." )
TK_MESSAGE( TemporalWeightNotNumber, "temporal.weight-not-number",
            "The weight of event %1 (fid %2) is not a number." )
//! %1, %2 the period's start and end (UTC).
TK_MESSAGE( TemporalPeriodReversed, "temporal.period-reversed",
            "The period must end after it starts (it is from %1 until %2)." )
TK_MESSAGE( TemporalCurrentPeriodReversed, "temporal.current-period-reversed",
            "The current period must end after it starts (it is from %1 until %2)." )
TK_MESSAGE( TemporalEarlierPeriodReversed, "temporal.earlier-period-reversed",
            "The earlier period must end after it starts (it is from %1 until %2)." )
TK_MESSAGE( TemporalBadAlpha, "temporal.bad-alpha",
            "The significance level must lie between 0 and 1 (it is %1)." )
TK_MESSAGE( TemporalTooManyWeeks, "temporal.too-many-weeks",
            "The period from %1 to %2 has more than %3 weeks." )
TK_MESSAGE( TemporalTooManyMonths, "temporal.too-many-months",
            "The period from %1 to %2 has more than %3 months." )
TK_MESSAGE( TemporalBadSuccesses, "temporal.bad-successes",
            "The number of successes (%1) must lie between 0 and the number of trials (%2)." )
TK_MESSAGE( TemporalBadProbability, "temporal.bad-probability",
            "The probability must lie strictly between 0 and 1 (it is %1)." )
TK_MESSAGE( TemporalNegativeCounts, "temporal.negative-counts", "Counts cannot be negative." )
TK_MESSAGE( TemporalBadExposures, "temporal.bad-exposures",
            "The exposures (period lengths) must be positive numbers (they are %1 and %2)." )
TK_MESSAGE( TemporalCountsTooLarge, "temporal.counts-too-large", "The counts are too large." )
TK_MESSAGE( TemporalNoAreas, "temporal.no-areas",
            "There are no areas to compare; add areas to the project first." )
TK_MESSAGE( TemporalNoEvents, "temporal.no-events", "There are no events in either period to compare." )
TK_MESSAGE( TemporalGridTooLarge, "temporal.grid-too-large",
            "A grid of %1 m cells over this area has too many cells." )

// --- The Knox test -----------------------------------------------------------------------------------------
TK_MESSAGE( KnoxTooFewEvents, "knox.too-few-events",
            "The Knox test needs at least two events (there are %1)." )
TK_MESSAGE( KnoxTooManyEvents, "knox.too-many-events", "Too many events for the Knox test." )
TK_MESSAGE( KnoxNoDistanceBands, "knox.no-distance-bands", "Give at least one distance band." )
TK_MESSAGE( KnoxNoTimeBands, "knox.no-time-bands", "Give at least one time band." )
//! %1 the limit's position in the list, %2 its value.
TK_MESSAGE( KnoxDistanceBandNotPositive, "knox.distance-band-not-positive",
            "The distance bands' limits must be positive numbers of metres (limit %1 is %2)." )
TK_MESSAGE( KnoxTimeBandNotPositive, "knox.time-band-not-positive",
            "The time bands' limits must be positive numbers of days (limit %1 is %2)." )
TK_MESSAGE( KnoxDistanceBandsNotIncreasing, "knox.distance-bands-not-increasing",
            "The distance bands' limits must increase (%1 is followed by %2)." )
TK_MESSAGE( KnoxTimeBandsNotIncreasing, "knox.time-bands-not-increasing",
            "The time bands' limits must increase (%1 is followed by %2)." )
TK_MESSAGE( KnoxNoPermutations, "knox.no-permutations",
            "The Knox test needs at least one permutation (it was given %1); 99 or 999 are usual." )
TK_MESSAGE( KnoxSpreadTooFar, "knox.spread-too-far",
            "The events are spread too far apart for distance bands of %1 m." )
TK_MESSAGE( KnoxTooManyPairs, "knox.too-many-pairs",
            "More than %1 pairs of events lie within %2 m of each other; use smaller distance bands or "
            "fewer events (a shorter period or a smaller area)." )

// --- Stored results and exports ----------------------------------------------------------------------------
TK_MESSAGE( ResultsCannotCreateLayer, "results.cannot-create-layer", "Cannot create the layer %1" )
TK_MESSAGE( ResultsCannotCreateField, "results.cannot-create-field", "Cannot create the field %1 of %2" )
TK_MESSAGE( ResultsCannotWriteFeature, "results.cannot-write-feature", "Cannot write a feature of %1" )
TK_MESSAGE( ResultsCannotWrite, "results.cannot-write", "Cannot write %1" )
TK_MESSAGE( ResultsCannotWriteTableTo, "results.cannot-write-table-to", "Cannot write %1 to %2" )
TK_MESSAGE( ResultsCannotWriteRaster, "results.cannot-write-raster", "Cannot write the raster %1" )
TK_MESSAGE( ResultsCannotWriteRasterTo, "results.cannot-write-raster-to", "Cannot write the raster %1 to %2" )
TK_MESSAGE( ResultsCannotWriteResultTo, "results.cannot-write-result-to", "Cannot write the result to %1" )
TK_MESSAGE( ResultsCannotRead, "results.cannot-read", "Cannot read %1" )
TK_MESSAGE( ResultsCannotReadRaster, "results.cannot-read-raster", "Cannot read the raster %1" )
TK_MESSAGE( ResultsBadExtension, "results.bad-extension",
            "Cannot write %1: the file name must end in .gpkg, .geojson or .csv." )
TK_MESSAGE( ResultsNothingToWrite, "results.nothing-to-write", "Nothing to write to %1." )
TK_MESSAGE( ResultsManyTablesNeedGpkg, "results.many-tables-need-gpkg",
            "This result has %1 tables; write it to a GeoPackage (.gpkg), which holds them all." )
TK_MESSAGE( ResultsExportManyTablesNeedGpkg, "results.export-many-tables-need-gpkg",
            "'%1' has %2 tables; export it to a GeoPackage (.gpkg), which holds them all." )
TK_MESSAGE( ResultsTooManyNamed, "results.too-many-named", "Too many results are called '%1'." )
TK_MESSAGE( ResultsReadFailed, "results.read-failed", "Cannot read the stored results: %1" )
TK_MESSAGE( ResultsNeedName, "results.need-name", "A result needs a name." )
TK_MESSAGE( ResultsNameTaken, "results.name-taken",
            "The project already has a result called '%1'. Choose another name or replace it." )
TK_MESSAGE( ResultsTableTaken, "results.table-taken",
            "The project already has a table %1 that is not a Tryggkarta result; choose another name." )
TK_MESSAGE( ResultsTableExists, "results.table-exists",
            "The project already has a table %1; choose another name." )
TK_MESSAGE( ResultsScratchReadFailed, "results.scratch-read-failed",
            "Cannot read the result written to %1: %2" )
TK_MESSAGE( ResultsStoreFailed, "results.store-failed", "Cannot store the result in the project: %1" )
TK_MESSAGE( ResultsRasterMismatch, "results.raster-mismatch", "The raster does not match its grid." )
TK_MESSAGE( ResultsNoTables, "results.no-tables", "The result has no tables." )
//! %2 the stored results: "'Heatmap våren', 'Hot spots 2024'".
TK_MESSAGE( ResultsNotFound, "results.not-found",
            "The project has no result called '%1'. Stored results: %2." )
TK_MESSAGE( ResultsNotFoundNone, "results.not-found-none",
            "The project has no result called '%1'. It has no stored results." )
TK_MESSAGE( ResultsRemoveFailed, "results.remove-failed", "Cannot remove the result: %1" )
TK_MESSAGE( ResultsExportToProject, "results.export-to-project",
            "Cannot export to %1: it is the project file itself. Choose another file name." )
TK_MESSAGE( ResultsRasterNeedsTif, "results.raster-needs-tif",
            "'%1' is a raster: export it to a GeoTIFF (.tif)." )
TK_MESSAGE( ResultsLostTable, "results.lost-table", "The project has lost the table %1 of '%2'." )

// --- Import: the file --------------------------------------------------------------------------------------
TK_MESSAGE( ImportFileIsFolder, "import.file-is-folder", "%1 is a folder, not a file." )
TK_MESSAGE( ImportFileEmpty, "import.file-empty", "%1 is empty: there is nothing to import." )
TK_MESSAGE( ImportUnknownFileType, "import.unknown-file-type",
            "%1: unknown file type '%2'. Tryggkarta imports CSV, GeoJSON, GeoPackage, Shapefile, XLSX and "
            "GPX files." )
TK_MESSAGE( ImportUnreadableFormat, "import.unreadable-format",
            "%1 is not a valid %2 file: it could not be read." )
TK_MESSAGE( ImportUnreadableFormatDetail, "import.unreadable-format-detail",
            "%1 is not a valid %2 file: it could not be read (%3)." )
TK_MESSAGE( ImportFormatIsOther, "import.format-is-other", "%1 is not a valid %2 file: it is a %3 file." )
TK_MESSAGE( ImportNoSuchLayer, "import.no-such-layer", "%1 has no layer '%2'." )
//! %3 the layers with their geometry types: "vecka1 (Point), omraden (Polygon)".
TK_MESSAGE( ImportNoSuchLayerAmong, "import.no-such-layer-among", "%1 has no layer '%2'; its layers are %3." )
TK_MESSAGE( ImportNoWaypoints, "import.no-waypoints",
            "%1 has no waypoints: Tryggkarta imports GPX waypoints, not tracks or routes." )
TK_MESSAGE( ImportNoLayers, "import.no-layers", "%1 has no layers: there is nothing to import." )
TK_MESSAGE( ImportLayerNotPoints, "import.layer-not-points",
            "%1: the layer '%2' holds %3 geometries, not points; its layers are %4." )
TK_MESSAGE( ImportNoColumns, "import.no-columns", "%1 has no columns: there is nothing to import." )
TK_MESSAGE( ImportNoRows, "import.no-rows", "%1 has a header but no rows: there is nothing to import." )
// The limits below are far beyond any real file (Excel's own sheet is 1,048,576 rows by 16,384 columns); a
// file past one is refused before the work it asks for grows out of proportion to its size.
//! %2 the number of columns, %3 the limit.
TK_MESSAGE( ImportTooManyColumns, "import.too-many-columns",
            "%1 has %2 columns; at most %3 can be imported (more than a spreadsheet holds), so the file is "
            "refused." )
//! %2 the line, %3 the limit.
TK_MESSAGE( ImportJsonTooDeep, "import.json-too-deep",
            "%1: the JSON on line %2 is nested more than %3 levels deep; no GeoJSON file needs that many, so "
            "the file is refused." )
//! %2 the limit, %3 the line where it was passed.
TK_MESSAGE( ImportJsonTooManyNames, "import.json-too-many-names",
            "%1 has more than %2 different property names (passed on line %3); at most %2 columns can be "
            "imported, so the file is refused." )
//! %2 the sheet, %3 the row number, %4 the limit.
TK_MESSAGE( ImportSheetTooManyRows, "import.sheet-too-many-rows",
            "%1: the sheet %2 has a row numbered %3; a sheet has at most %4 rows (as in Excel), so the file "
            "is refused." )
//! %2 the sheet, %3 the row, %4 the column's number, %5 the limit.
TK_MESSAGE( ImportSheetTooManyColumns, "import.sheet-too-many-columns",
            "%1: the sheet %2 has a cell on row %3 in column number %4; a sheet has at most %5 columns (as in "
            "Excel), so the file is refused." )

// --- Import: CSV files -------------------------------------------------------------------------------------
TK_MESSAGE( CsvNotRegularFile, "csv.not-regular-file", "Cannot read %1: not a regular file" )
//! %2 what the file looks like (one of the csv.binary-* messages).
TK_MESSAGE( CsvBinary, "csv.binary", "%1 is not a text (CSV) file: it looks like %2." )
TK_MESSAGE( CsvBinaryZip, "csv.binary-zip", "a ZIP archive (an Excel .xlsx workbook or a zipped file?)" )
TK_MESSAGE( CsvBinarySqlite, "csv.binary-sqlite", "an SQLite database (a GeoPackage?)" )
TK_MESSAGE( CsvBinaryPdf, "csv.binary-pdf", "a PDF document" )
TK_MESSAGE( CsvBinaryOffice, "csv.binary-office", "an old Excel .xls or Office document" )
TK_MESSAGE( CsvBinaryShapefile, "csv.binary-shapefile", "an ESRI Shapefile .shp" )
TK_MESSAGE( CsvBinaryData, "csv.binary-data", "binary data" )
TK_MESSAGE( CsvInvalidUtf8, "csv.invalid-utf8",
            "%1 is not valid UTF-8 (line %2): choose the Windows-1252 encoding for files saved by older "
            "Excel versions." )
TK_MESSAGE( CsvNoHeader, "csv.no-header", "%1 has no header row: there is nothing to import." )
TK_MESSAGE( CsvSingleColumn, "csv.single-column",
            "%1 has a single column: it is not a CSV file with coordinates (delimiter not found; tried "
            "comma, semicolon and tab)." )
//! %2 the line, %3 the header's columns, %4 the limit.
TK_MESSAGE( CsvTooManyColumns, "csv.too-many-columns",
            "%1: the header on line %2 has %3 columns; at most %4 can be imported (more than a spreadsheet "
            "holds), so the file is refused." )
//! %2 the line, %3 the name's length in bytes, %4 the limit.
TK_MESSAGE( CsvHeaderNameTooLong, "csv.header-name-too-long",
            "%1: a column name in the header on line %2 is %3 bytes long, more than the limit of %4 bytes; it "
            "is not a header row, so the file is refused." )

// --- Import: mapping and coordinate system -----------------------------------------------------------------
TK_MESSAGE( ImportColumnMappedTwice, "import.column-mapped-twice",
            "The column '%1' is mapped to both %2 and %3." )
TK_MESSAGE( ImportUnknownField, "import.unknown-field", "Unknown field '%1' in the mapping; fields are: %2" )
//! %4 the file's columns.
TK_MESSAGE( ImportNoSuchColumn, "import.no-such-column",
            "%1: has no column '%2' (mapped to %3) (columns: %4)" )
TK_MESSAGE( ImportNoCoordinateColumns, "import.no-coordinate-columns",
            "%1: no coordinate columns found; map the x and y (or longitude and latitude) columns "
            "(columns: %2)" )
TK_MESSAGE( ImportNoDateColumn, "import.no-date-column",
            "%1: no date column found; map the date column (columns: %2)" )
TK_MESSAGE( ImportNoCategoryColumn, "import.no-category-column",
            "%1: no category column found; map the category column (columns: %2)" )
TK_MESSAGE( ImportUnknownEpsg, "import.unknown-epsg", "%1: Unknown coordinate system EPSG:%2" )
TK_MESSAGE( ImportCrsNoNumbers, "import.crs-no-numbers",
            "%1: Cannot tell the coordinate system: no row has numeric coordinates to recognise the "
            "coordinate system from." )
TK_MESSAGE( ImportCrsLocalZone, "import.crs-local-zone",
            "%1: Cannot tell the coordinate system: the coordinates look like a local SWEREF 99 zone "
            "(EPSG:3007–3018) but the zone cannot be told from the values; choose it (for example "
            "EPSG:3008 for SWEREF 99 13 30)." )
//! %2, %3 the medians of the two coordinate columns.
TK_MESSAGE( ImportCrsNotRecognised, "import.crs-not-recognised",
            "%1: Cannot tell the coordinate system: the coordinates (median %2, %3) are not WGS 84, SWEREF "
            "99 or RT90 values in Sweden; choose the coordinate system." )
//! The coordinate system an import reads, as its report gives it. %1 an EPSG code, %2 the system's name.
TK_MESSAGE( ImportCrsChosen, "import.crs-chosen", "EPSG:%1 (chosen)" )
//! %1 the system's authority code and name, e.g. "EPSG:3006 (SWEREF99 TM)".
TK_MESSAGE( ImportCrsFromFile, "import.crs-from-file", "%1 (from the file)" )
TK_MESSAGE( ImportCrsRecognised, "import.crs-recognised", "EPSG:%1 (%2, recognised from the values)" )
TK_MESSAGE( ImportCrsRecognisedLocalZone, "import.crs-recognised-local-zone",
            "EPSG:%1 (a local SWEREF 99 zone: the one that places the points in the project area)" )
TK_MESSAGE( ImportCannotTransform, "import.cannot-transform",
            "%1: cannot transform from %2 to the project's coordinate system." )
TK_MESSAGE( ImportUnknownDefaultSource, "import.unknown-default-source",
            "Unknown source '%1': use est, police, safety_walk or manual." )
TK_MESSAGE( ImportMappedToUnknownCategory, "import.mapped-to-unknown-category",
            "'%1' is mapped to '%2', which is not a category code in this project." )
TK_MESSAGE( ImportMappedToUnknownChecklistItem, "import.mapped-to-unknown-checklist-item",
            "'%1' is mapped to '%2', which is not a checklist item code in this project." )

// --- Import: why a row was rejected (lower case: they follow "row 12: ") -----------------------------------
TK_MESSAGE( ImportRowUnterminatedQuote, "import.row-unterminated-quote",
            "a value opens a quote (\") that is never closed (a stray quote, or the file is truncated)" )
TK_MESSAGE( ImportRowTooManyValues, "import.row-too-many-values",
            "the row has %1 values but the header has %2 columns (an unquoted delimiter inside a value?)" )
TK_MESSAGE( ImportRowValueTooLong, "import.row-value-too-long",
            "a value in column %1 is %2 bytes long, more than the limit of %3 bytes for one value (the row "
            "is kept shortened among the rejected)" )
TK_MESSAGE( ImportRowNotAPoint, "import.row-not-a-point", "the geometry is a %1, not a point" )
TK_MESSAGE( ImportRowNoGeometry, "import.row-no-geometry",
            "missing coordinates (the feature has no geometry)" )
TK_MESSAGE( ImportRowMissingCoordinates, "import.row-missing-coordinates", "missing coordinates" )
TK_MESSAGE( ImportRowCoordinatesNotNumbers, "import.row-coordinates-not-numbers",
            "the coordinates %1, %2 are not numbers" )
TK_MESSAGE( ImportRowOutsideSweden, "import.row-outside-sweden",
            "the coordinates (%1, %2) are outside Sweden" )
TK_MESSAGE( ImportRowMissingDate, "import.row-missing-date", "missing date" )
TK_MESSAGE( ImportRowUnreadableDate, "import.row-unreadable-date", "cannot read the date %1" )
TK_MESSAGE( ImportRowUnreadableTime, "import.row-unreadable-time", "cannot read the time %1" )
TK_MESSAGE( ImportRowUnreadableStart, "import.row-unreadable-start", "cannot read the start time %1" )
TK_MESSAGE( ImportRowStartWithoutDate, "import.row-start-without-date", "the start time %1 has no date" )
TK_MESSAGE( ImportRowUnreadableEnd, "import.row-unreadable-end", "cannot read the end time %1" )
TK_MESSAGE( ImportRowEndBeforeStart, "import.row-end-before-start", "the end %1 is before the start %2" )
TK_MESSAGE( ImportRowDateInFuture, "import.row-date-in-future", "the date %1 is in the future" )
TK_MESSAGE( ImportRowDateBefore1970, "import.row-date-before-1970", "the date %1 is before 1970" )
TK_MESSAGE( ImportRowMissingCategory, "import.row-missing-category", "missing category" )
TK_MESSAGE( ImportRowUnknownCategory, "import.row-unknown-category", "unknown category %1" )
TK_MESSAGE( ImportRowBadWeight, "import.row-bad-weight",
            "the count/severity %1 is not a number of zero or more" )
TK_MESSAGE( ImportRowUnknownSource, "import.row-unknown-source",
            "unknown source %1 (use EST, polis, trygghetsvandring or manuell)" )
TK_MESSAGE( ImportRowUnknownWalk, "import.row-unknown-walk", "unknown safety walk %1" )
TK_MESSAGE( ImportRowUnknownChecklistItem, "import.row-unknown-checklist-item", "unknown checklist item %1" )
TK_MESSAGE( ImportRowBadRating, "import.row-bad-rating", "the rating %1 is not 0, 1, 2 or 3" )
TK_MESSAGE( ImportRowBadPositive, "import.row-bad-positive",
            "cannot tell whether %1 means positive (ja/nej)" )

// --- Import: warnings about the whole file, and failures ---------------------------------------------------
//! %2 the number of bytes replaced, %3 the line of the first.
TK_MESSAGE( ImportInvalidBytesReplaced, "import.invalid-bytes-replaced",
            "%1 is UTF-8 with some invalid bytes (UTF-8, %2 invalid bytes replaced, the first on line %3); "
            "they were replaced with \"\uFFFD\". Check the rows around them." )
TK_MESSAGE( ImportColumnRenamed, "import.column-renamed",
            "A column name appears more than once; the repeat is read as '%1'." )
TK_MESSAGE( ImportGeometryAndColumns, "import.geometry-and-columns",
            "The file has both geometries and coordinate columns; the coordinate columns were used." )
TK_MESSAGE( ImportSwappedColumns, "import.swapped-columns",
            "The coordinate columns are in north–east (latitude–longitude) order; they were read as such." )
TK_MESSAGE( ImportCancelled, "import.cancelled", "The import was cancelled; the project was not changed." )
//! %2 the batch, %3 when it was imported (UTC).
TK_MESSAGE( ImportAlreadyImported, "import.already-imported",
            "The content of %1 was already imported (batch %2, %3 UTC). Nothing was imported; import it "
            "again only on purpose." )
TK_MESSAGE( ImportAlreadyImportedAs, "import.already-imported-as",
            "The content of %1 was already imported as %2 (batch %3, %4 UTC). Nothing was imported; import "
            "it again only on purpose." )
TK_MESSAGE( ImportReimported, "import.reimported",
            "The content of %1 was already imported (batch %2, %3 UTC); imported again as asked." )
TK_MESSAGE( ImportReimportedAs, "import.reimported-as",
            "The content of %1 was already imported as %2 (batch %3, %4 UTC); imported again as asked." )
//! %1 the values with their row counts: "'Sprayfärg' (3), 'Okänd' (1)".
TK_MESSAGE( ImportUnknownCategories, "import.unknown-categories",
            "Unknown categories, rows rejected: %1. Map them to project categories or add the categories "
            "first." )
TK_MESSAGE( ImportUnknownChecklistItems, "import.unknown-checklist-items",
            "Unknown checklist items, rows rejected: %1. Map them to the project's checklist items first." )
TK_MESSAGE( ImportUnknownPlaceTypes, "import.unknown-place-types",
            "%1 rows have a place type the project does not know; it is kept in the row's extra attributes." )
//! %2 the kinds found with their counts: "personnummer: 2, phone: 1".
TK_MESSAGE( ImportPersonalDataReplaced, "import.personal-data-replaced",
            "%1 rows had personal data in free text (%2); it was replaced with placeholders." )
TK_MESSAGE( ImportPersonalDataKept, "import.personal-data-kept",
            "%1 rows had personal data in free text (%2); it was kept as asked and flagged." )
TK_MESSAGE( ImportDryRunWouldFail, "import.dry-run-would-fail",
            "Import of %1 would fail: %2 rows refer to categories, organisations or walks the project does "
            "not have." )
//! %2 what SQLite said.
TK_MESSAGE( ImportFailed, "import.failed", "Import of %1 failed and the project was not changed: %2" )

// --- Reports, printed maps and the publishing mode ---------------------------------------------------------
//! %1 what was given.
TK_MESSAGE( ReportPeriodInvalid, "report.period-invalid",
            "'%1' is not a period: write a week (2026-W47), a month (2026-11), a tertial (2026-T3), a year "
            "(2026) or two dates (2026-11-01..2026-11-15)." )
//! %1 the first date, %2 the last.
TK_MESSAGE( ReportPeriodReversed, "report.period-reversed", "The period ends (%2) before it begins (%1)." )
//! %1 the period in words.
TK_MESSAGE( ReportNoEvents, "report.no-events",
            "The project has no events in %1 for this selection: nothing was written." )
//! %1 the period, %2 how many events it has.
TK_MESSAGE( ReportOnlyImprecise, "report.only-imprecise",
            "%1 has %2 events, but none with a point as its place (only the municipality, the county or an "
            "area): there is nothing to draw on the map." )
//! %1 the area asked for.
TK_MESSAGE( ReportUnknownArea, "report.unknown-area", "The project has no area named '%1'." )
//! %1 the template asked for, %2 the templates there are.
TK_MESSAGE( ReportUnknownTemplate, "report.unknown-template", "There is no template '%1'. Templates: %2." )
//! %1 the output file.
TK_MESSAGE( ReportOutputIsProject, "report.output-is-project",
            "%1 is the project file itself: choose another file for the output. Nothing was written." )
//! %1 the output file, %2 the extensions understood.
TK_MESSAGE( ReportOutputFormat, "report.output-format", "%1: the output must end in %2." )
//! %1 the output file, %2 why.
TK_MESSAGE( ReportWriteFailed, "report.write-failed", "%1 could not be written (%2): nothing was written." )
//! %1 k.
TK_MESSAGE( PublishMinCountInvalid, "publish.min-count-invalid",
            "The smallest published count must be a whole number from 2 to 100, not %1." )
TK_MESSAGE( PublishNoEvents, "publish.no-events", "There are no events to publish." )
//! %1 the cell size in metres, %2 k, %3 the period in words.
TK_MESSAGE( PublishNothingToShow, "publish.nothing-to-show",
            "No cell of %1 m holds %2 or more of the events in %3: nothing can be published." )
//! %1 what was given.
TK_MESSAGE( PublishCellInvalid, "publish.cell-invalid", "The cell size must be a positive number of metres, not %1." )
//! %1 the file.
TK_MESSAGE( PublishFileExists, "publish.file-exists",
            "%1 already exists: choose another name. Nothing was written." )

// --- Walks: plan, route and stops ----------------------------------------------------------------------------
//! %1 the walk's fid.
TK_MESSAGE( WalkNotFound, "walk.not-found", "There is no safety walk with fid %1 in the project." )
TK_MESSAGE( WalkNameRequired, "walk.name-required", "A safety walk needs a name." )
//! %1 what was given.
TK_MESSAGE( WalkBadDate, "walk.bad-date", "The walk's date %1 is not a date (YYYY-MM-DD)." )
//! %1 what was given.
TK_MESSAGE( WalkBadTime, "walk.bad-time", "The walk's start time %1 is not a time of day (HH:MM)." )
//! %1 what was given.
TK_MESSAGE( WalkBadLight, "walk.bad-light", "The light condition %1 is not daylight, dusk or dark." )
//! %1 what was given.
TK_MESSAGE( WalkBadStatus, "walk.bad-status",
            "The walk's status %1 is not planned, done, followed_up or cancelled." )
//! %1 the number given.
TK_MESSAGE( WalkBadParticipants, "walk.bad-participants", "The number of participants %1 is negative." )
//! %1 the area's fid.
TK_MESSAGE( WalkUnknownArea, "walk.unknown-area", "The project has no area with fid %1." )
//! %1 how many points the route has.
TK_MESSAGE( WalkRouteTooShort, "walk.route-too-short", "A route needs at least two points; this one has %1." )
//! %1 the stop's number, %2 x, %3 y, %4 the EPSG code.
TK_MESSAGE( WalkStopOutsideSweden, "walk.stop-outside-sweden",
            "Stop %1 at (%2, %3) is not in Sweden in the project's coordinate system (EPSG:%4)." )
//! %1 the point's number along the route, %2 x, %3 y, %4 the EPSG code.
TK_MESSAGE( WalkPointOutsideSweden, "walk.point-outside-sweden",
            "Point %1 of the route at (%2, %3) is not in Sweden in the project's coordinate system (EPSG:%4)." )
//! %1 the stop's number, %2 x, %3 y, %4 what the extent is made from (extent.*), %5 the margin in metres.
TK_MESSAGE( WalkStopOutsideProject, "walk.stop-outside-project",
            "Stop %1 at (%2, %3) lies outside the project (%4 with %5 m around it). Place it on the "
            "municipality's map." )
//! %1 the point's number along the route, %2 x, %3 y, %4 what the extent is made from, %5 the margin.
TK_MESSAGE( WalkPointOutsideProject, "walk.point-outside-project",
            "Point %1 of the route at (%2, %3) lies outside the project (%4 with %5 m around it)." )
//! %1 the organisation.
TK_MESSAGE( WalkDuplicateOrganisation, "walk.duplicate-organisation",
            "%1 is listed twice among the walk's organisations." )
TK_MESSAGE( WalkEmptyOrganisation, "walk.empty-organisation", "An invited organisation needs a name." )
//! %1 the stop's fid, %2 the walk's fid.
TK_MESSAGE( WalkStopNotOnWalk, "walk.stop-not-on-walk", "Stop fid %1 does not belong to walk %2." )
//! %1 the stop's fid.
TK_MESSAGE( WalkStopTwice, "walk.stop-twice", "Stop fid %1 is listed twice: every stop of a walk comes once." )
//! %1 the observation's fid.
TK_MESSAGE( WalkActionFromDraft, "walk.action-from-draft",
            "Observation %1 is a draft from a photo or GPX point: confirm it before making an action of it." )
//! %1 the walk's fid, %2 its status in Swedish, %3 how many observations it has.
TK_MESSAGE( WalkSuggestWalked, "walk.suggest-walked",
            "Walk %1 is %2 with %3 observations: a suggested route would take its stops away from them. Plan a "
            "new walk (or a repeat walk) instead." )
//! %1 x, %2 y.
TK_MESSAGE( WalkStartOutside, "walk.start-outside",
            "The start point (%1, %2) is not in the area or near it: give a point in the project's coordinate "
            "system within 2 km of the area." )
//! %1 the observation's fid.
TK_MESSAGE( WalkNothingProposed, "walk.nothing-proposed",
            "Observation %1 proposes no action: write the proposed action first." )
//! %1 the observation's fid, %2 the action's fid.
TK_MESSAGE( WalkActionExists, "walk.action-exists", "Observation %1 already has an action (action %2)." )
//! %1 the photo's fid.
TK_MESSAGE( WalkPhotoNotFound, "walk.photo-not-found", "There is no walk photo with fid %1 in the project." )
TK_MESSAGE( WalkSuggestNoArea, "walk.suggest-no-area",
            "A suggested route needs an area: name one of the project's areas." )
//! %1 what was given.
TK_MESSAGE( WalkSuggestBadLength, "walk.suggest-bad-length",
            "The length limit must be a positive number of metres, not %1." )
//! %1 what was given.
TK_MESSAGE( WalkSuggestBadStops, "walk.suggest-bad-stops", "The number of stops must be 2 to 30, not %1." )
//! %1 the area, %2 the period in words ("senaste 6 mån").
TK_MESSAGE( WalkSuggestNoData, "walk.suggest-no-data",
            "The area %1 has no incidents (%2) and no unsafe places from earlier walks: there is nothing to "
            "suggest a route from. Draw the route by hand, or choose a longer period or another area." )
//! %1 the area.
TK_MESSAGE( WalkSuggestOnePlace, "walk.suggest-one-place",
            "The area %1 has only one place worth a stop: a route needs two. Draw the route by hand." )
//! %1 the length limit in metres, %2 how many stops fit (0 or 1), %3 the shortest route through two places.
TK_MESSAGE( WalkSuggestTooShort, "walk.suggest-too-short",
            "No route of two or more stops fits within %1 m (only %2 stop fits); the shortest route through two "
            "of the area's top places is %3 m. Raise the limit to at least %3 m." )
//! %1 the stops that fit, %2 the stops asked for, %3 the length limit in metres, %4 the places considered.
TK_MESSAGE( WalkSuggestFewerStops, "walk.suggest-fewer-stops",
            "Only %1 of %2 stops fit within %3 m, at least 150 m apart (of %4 places considered)." )
TK_MESSAGE( WalkSuggestSomeStraight, "walk.suggest-some-straight",
            "Some legs of the route are straight lines: a stop is more than 150 m from the street layer, or its "
            "street does not join the others. Check those legs on the map." )
TK_MESSAGE( WalkSuggestStraightLegs, "walk.suggest-straight-legs",
            "The project has no street layer: the route is drawn in straight legs between the stops." )
//! %1 what went wrong.
TK_MESSAGE( WalkSaveFailed, "walk.save-failed", "The safety walk could not be saved: %1" )
//! %1 what went wrong.
TK_MESSAGE( WalkReadFailed, "walk.read-failed", "The safety walks could not be read: %1" )

// --- Observations in analyses ------------------------------------------------------------------------------
//! %1 the code given, %2 the project's checklist item codes.
TK_MESSAGE( SelectionUnknownChecklistItem, "selection.unknown-checklist-item",
            "'%1' is not a checklist item code in this project (its codes: %2)." )
//! %1 the walk's id as given.
TK_MESSAGE( SelectionUnknownWalk, "selection.unknown-walk", "The project has no safety walk with id %1." )
//! %1 what SQLite said.
TK_MESSAGE( SelectionReadObservationsFailed, "selection.read-observations-failed",
            "Cannot read the safety-walk observations: %1" )
//! %1 the start of the stored text.
TK_MESSAGE( SelectionBadJson, "selection.bad-json", "The stored selection cannot be read: %1" )
//! Observations an analysis leaves out for lying outside the project's extent: %1 how many, %2 the margin in
//! km, %3 the first few as " observation 12 (E 449270, N 6574920), observation 13 (…)".
TK_MESSAGE( OutsideObservations, "selection.outside-observations",
            "Safety-walk observations outside the project's extent (widened by %2 km) are left out: %1 "
            "of them:%3. Check their coordinates." )
//! %1 the selection in words (the layer is in it).
TK_MESSAGE( AnalysisNoObservations, "analysis.no-observations",
            "no safety-walk observations match the selection (%1); nothing was written." )
//! %1 the selection in words (the layer is in it).
TK_MESSAGE( AnalysisNoIncidentsOrObservations, "analysis.no-incidents-or-observations",
            "no incidents or safety-walk observations match the selection (%1); nothing was written." )

// --- Walks: photos, GPX and snapping -----------------------------------------------------------------------
// Why a photo was refused, left unplaced or noted: lower case, they follow "IMG_0412.jpg: ".
TK_MESSAGE( PhotoNotJpeg, "photo.not-jpeg",
            "it is not a JPEG image (it does not begin with the JPEG start marker)" )
TK_MESSAGE( PhotoIsPng, "photo.is-png", "it is a PNG image, not a JPEG photo: save it as JPEG" )
TK_MESSAGE( PhotoIsHeic, "photo.is-heic",
            "it is a HEIC image (as iPhones save photos), not a JPEG: export it as JPEG, or set the camera to "
            "Most Compatible" )
TK_MESSAGE( PhotoEmpty, "photo.empty", "the file is empty" )
//! %1 the file's size in MiB, %2 the limit in MiB.
TK_MESSAGE( PhotoTooLarge, "photo.too-large", "it is %1 MiB, more than the limit of %2 MiB for one photo" )
//! %1 × %2 the pixels, %3 the limit in megapixels.
TK_MESSAGE( PhotoTooManyPixels, "photo.too-many-pixels",
            "it has %1 × %2 pixels, more than the %3 megapixels a photo may have" )
//! %1 what GDAL said.
TK_MESSAGE( PhotoUndecodable, "photo.undecodable",
            "the image cannot be decoded, so the file is damaged or cut short (%1)" )
//! %1 why (an exif.* message).
TK_MESSAGE( PhotoExifUnreadable, "photo.exif-unreadable",
            "its EXIF block cannot be read (%1), so its position and time were not taken from it" )
//! %1 the EXIF tag (GPSLatitude, DateTimeOriginal, …), %2 its value.
TK_MESSAGE( ExifValueIgnored, "exif.value-ignored", "the EXIF value %1 (%2) is not valid and was ignored" )
//! %1 the file offset where the EXIF block ends, %2 the offset of the data it refers to.
TK_MESSAGE( ExifCutShort, "exif.cut-short", "the EXIF block is cut short at byte %1 (it refers to data up to byte %2)" )
TK_MESSAGE( ExifBadHeader, "exif.bad-header", "the EXIF block has no valid TIFF header" )
//! %1 the file offset.
TK_MESSAGE( ExifJpegBadMarker, "exif.jpeg-bad-marker", "the JPEG's headers are damaged at byte %1" )
//! %1 the file's size.
TK_MESSAGE( ExifJpegCutShort, "exif.jpeg-cut-short", "the JPEG is cut short at byte %1, before its image data" )
//! %1 the time (Stockholm).
TK_MESSAGE( DraftTimeImplausible, "photo.time-implausible",
            "its time %1 is in the future or before 1970 (the camera's clock?), so it was left out" )
//! %1, %2 latitude and longitude.
TK_MESSAGE( PhotoGpsOutsideSweden, "photo.gps-outside-sweden",
            "its GPS position (lat %1, lon %2) lies outside Sweden (a position the camera had not fixed?)" )
//! %1 latitude, %2 longitude, %3 what the project's extent is made from, %4 the margin in metres.
TK_MESSAGE( PhotoGpsOutsideProject, "photo.gps-outside-project",
            "its GPS position (lat %1, lon %2) lies outside the project (%3 with %4 m around it)" )
TK_MESSAGE( PhotoNoGpsNoTime, "photo.no-gps-no-time", "it has no GPS position and no time to place it by" )
TK_MESSAGE( PhotoNoGpsNoTrack, "photo.no-gps-no-track",
            "it has no GPS position, and no GPX track was given to place it by its time" )
//! %1 the track's file.
TK_MESSAGE( PhotoTrackNoTimes, "photo.track-no-times",
            "it has no GPS position, and the track %1 has no times to place it by" )
//! %1 the photo's time, %2 and %3 the track's first and last time (Stockholm), %4 the margin in minutes.
TK_MESSAGE( PhotoOutsideTrackTime, "photo.outside-track-time",
            "it has no GPS position, and its time %1 lies outside the track's time (%2 to %3, with %4 minutes' "
            "margin): check the camera's clock offset" )
//! %1 the photo's time, %2 and %3 the ends of the gap (Stockholm).
TK_MESSAGE( PhotoTrackGap, "photo.track-gap",
            "it has no GPS position, and at its time %1 the track has a gap (no position from %2 to %3)" )
//! %1 the photo's time.
TK_MESSAGE( PhotoTrackOutsideSweden, "photo.track-outside-sweden",
            "it has no GPS position, and the track at its time %1 lies outside Sweden" )
//! %1 the photo's time (Stockholm), %2 what the project's extent is made from, %3 the margin in metres.
TK_MESSAGE( PhotoTrackOutsideProject, "photo.track-outside-project",
            "it has no GPS position, and the track at its time %1 lies outside the project (%2 with %3 m "
            "around it)" )
// Failures of a whole photo import (nothing was written).
TK_MESSAGE( PhotoNoFiles, "photo.no-files", "No photos were given." )
//! %1 the folder.
TK_MESSAGE( PhotoFolderEmpty, "photo.folder-empty", "%1 holds no photos (.jpg or .jpeg files)." )
//! %1 the largest offset in seconds, %2 the one given.
TK_MESSAGE( PhotoBadClockOffset, "photo.bad-clock-offset",
            "The camera clock offset must be at most %1 seconds either way, not %2." )
//! %1 the file where it stopped, %2 why.
TK_MESSAGE( PhotoImportFailed, "photo.import-failed",
            "The photo import stopped at %1 and the project was not changed: %2" )
TK_MESSAGE( PhotoFileChanged, "photo.file-changed", "the file changed while it was being imported" )
//! %1 the photo's fid, %2 its observation's fid (0: none).
TK_MESSAGE( PhotoAlreadyPlaced, "photo.already-placed",
            "The photo %1 is placed already (observation %2): move its observation instead." )
//! %1 the photo's fid.
TK_MESSAGE( PhotoWithoutWalk, "photo.without-walk", "The photo %1 belongs to no safety walk, so it has no stops to go to." )
//! %1 the observation's fid.
TK_MESSAGE( ObservationNotDraft, "photo.observation-not-draft",
            "The observation %1 is not a draft: it is confirmed already." )
//! %1 the largest tolerance, %2 the one given.
TK_MESSAGE( SnapBadTolerance, "snap.bad-tolerance",
            "The snapping distance to a stop must be more than 0 and at most %1 metres, not %2." )
// GPX files.
//! %1 the file, %2 its size in MiB, %3 the limit in MiB.
TK_MESSAGE( GpxTooLarge, "gpx.too-large", "%1 is %2 MiB, more than the limit of %3 MiB for a GPX file." )
//! %1 the file.
TK_MESSAGE( GpxNotGpx, "gpx.not-gpx", "%1 is not a GPX file: it cannot be read as GPX (XML with a <gpx> element)." )
//! %1 the file, %2 what GDAL said.
TK_MESSAGE( GpxNotGpxDetail, "gpx.not-gpx-detail", "%1 is not a valid GPX file: %2" )
//! %1 the file, %2 and %3 the latitude and longitude found.
TK_MESSAGE( GpxNotDegrees, "gpx.not-degrees",
            "%1 is not in WGS 84 (lat/lon degrees): it has a point at lat %2, lon %3, which are not degrees "
            "(were projected metres, such as SWEREF 99, written as lat/lon?)." )
//! %1 the file, %2 how many points, %3 and %4 the first one's latitude and longitude.
TK_MESSAGE( GpxOutsideSweden, "gpx.outside-sweden",
            "%1 is not in WGS 84 (lat/lon degrees) in Sweden: all its %2 points lie outside Sweden (the first "
            "at lat %3, lon %4). Were other coordinates written as lat/lon, or is it another place's file?" )
//! %1 the file.
TK_MESSAGE( GpxNoTrack, "gpx.no-track", "%1 has no track (and no route), so there is no route to take from it." )
TK_MESSAGE( GpxEmptyTrack, "gpx.empty-track", "%1 has a track without points: there is no route to take from it." )
TK_MESSAGE( GpxOnePoint, "gpx.one-point", "%1: the track has a single point, and a route needs at least two points." )
TK_MESSAGE( GpxNoWaypoints, "gpx.no-waypoints", "%1 has no waypoints to import as observations." )
//! Why a waypoint was rejected (follows "waypoint 3: "): %1, %2 its latitude and longitude.
TK_MESSAGE( GpxWaypointOutsideSweden, "gpx.waypoint-outside-sweden", "its position (lat %1, lon %2) lies outside Sweden" )
//! %1 latitude, %2 longitude, %3 what the project's extent is made from, %4 the margin in metres.
TK_MESSAGE( GpxWaypointOutsideProject, "gpx.waypoint-outside-project",
            "its position (lat %1, lon %2) lies outside the project (%3 with %4 m around it)" )
//! %1 the waypoint's number in the file, %2 its time (Stockholm).
TK_MESSAGE( GpxWaypointTimeIgnored, "gpx.waypoint-time-ignored",
            "Waypoint %1: its time %2 is in the future or before 1970 (the phone's clock?), so it was left out." )

// --- Citizen promises and weekly reporting -----------------------------------------------------------------
//! %1 the year given.
TK_MESSAGE( PromiseBadYear, "promise.bad-year", "The year of a citizen promise must be 2000 to 2100, not %1." )
TK_MESSAGE( PromiseTitleRequired, "promise.title-required", "A citizen promise needs a title." )
//! %1 the year, %2 the title.
TK_MESSAGE( PromiseDuplicate, "promise.duplicate", "There is already a citizen promise for %1 titled '%2'." )
//! %1 the text given.
TK_MESSAGE( PromiseBadDate, "promise.bad-date", "'%1' is not a date (YYYY-MM-DD)." )
//! %1 the text given for a signatory.
TK_MESSAGE( PromiseSignatoryName, "promise.signatory-name",
            "'%1' looks like a person's name: a citizen promise names the signatories' roles (such as "
            "lokalpolisområdeschef or kommunstyrelsens ordförande), never their names." )
//! %1 the promise's fid.
TK_MESSAGE( PromiseNotFound, "promise.not-found", "There is no citizen promise with fid %1 in the project." )
//! %1 the year.
TK_MESSAGE( PromiseNoneForYear, "promise.none-for-year", "The project has no citizen promise for %1." )
TK_MESSAGE( PromiseActivityTitleRequired, "promise.activity-title-required",
            "An activity of a citizen promise needs a title." )
//! %1 the kind given.
TK_MESSAGE( PromiseActivityBadKind, "promise.activity-bad-kind",
            "'%1' is not a kind of activity: give safety_walk, information_meeting, patrol, dialogue, "
            "environment or other." )
//! %1 the owner given.
TK_MESSAGE( PromiseActivityBadOwner, "promise.activity-bad-owner",
            "'%1' is not an owner of an activity: give police, municipality or both." )
//! %1 the status given.
TK_MESSAGE( PromiseActivityBadStatus, "promise.activity-bad-status",
            "'%1' is not a status of an activity: give planned, in_progress, done or cancelled." )
//! %1 the count given.
TK_MESSAGE( PromiseActivityBadCount, "promise.activity-bad-count",
            "The number of times an activity is promised must be 1 to 1000, not %1." )
//! %1 the first day, %2 the last day planned.
TK_MESSAGE( PromiseActivityUntilBeforeFrom, "promise.activity-until-before-from",
            "The activity is planned to end (%2) before it starts (%1)." )
//! %1 the done date, %2 the activity's status.
TK_MESSAGE( PromiseActivityDoneDateNotDone, "promise.activity-done-date-not-done",
            "The activity has a date it was done (%1) but its status is %2: only a done activity has one." )
TK_MESSAGE( PromiseActivityDoneWithoutDate, "promise.activity-done-without-date",
            "An activity marked done needs the date it was done." )
//! %1 the done date, %2 today.
TK_MESSAGE( PromiseActivityDoneInFuture, "promise.activity-done-in-future",
            "The activity cannot have been done on %1: that is after today (%2)." )
//! %1 the activity's fid.
TK_MESSAGE( PromiseActivityNotFound, "promise.activity-not-found",
            "There is no activity with fid %1 in the project's citizen promises." )
//! %1 the area's fid.
TK_MESSAGE( PromiseUnknownArea, "promise.unknown-area", "The project has no area with fid %1." )
//! %1 the action's fid.
TK_MESSAGE( PromiseUnknownAction, "promise.unknown-action", "There is no action with fid %1 in the project." )
//! %1 the activity's fid, %2 the walk's fid.
TK_MESSAGE( PromiseWalkLinkedAlready, "promise.walk-linked-already",
            "The safety walk %2 is already linked to the activity %1." )
//! %1 the activity's fid, %2 the action's fid.
TK_MESSAGE( PromiseActionLinkedAlready, "promise.action-linked-already",
            "The action %2 is already linked to the activity %1." )
//! %1 the activity's fid, %2 the walk's fid.
TK_MESSAGE( PromiseWalkNotLinked, "promise.walk-not-linked", "The safety walk %2 is not linked to the activity %1." )
//! %1 the activity's fid, %2 the action's fid.
TK_MESSAGE( PromiseActionNotLinked, "promise.action-not-linked", "The action %2 is not linked to the activity %1." )
//! %1 what SQLite said.
TK_MESSAGE( PromiseSaveFailed, "promise.save-failed", "The citizen promise could not be saved: %1" )
//! %1 what SQLite said.
TK_MESSAGE( PromiseReadFailed, "promise.read-failed", "The citizen promises could not be read: %1" )
//! %1 the largest number of weeks, %2 the number given.
TK_MESSAGE( ReportingBadWeeks, "reporting.bad-weeks", "The number of weeks must be 1 to %1, not %2." )
//! %1 the name given, %2 the project's organisations.
TK_MESSAGE( ReportingUnknownOrganisation, "reporting.unknown-organisation",
            "The project has no organisation '%1'. Its organisations: %2." )
//! %1 what SQLite said.
TK_MESSAGE( ReportingReadFailed, "reporting.read-failed", "Who has reported could not be read: %1" )
//! %1 what SQLite said.
TK_MESSAGE( ReportingSaveFailed, "reporting.save-failed", "The weekly reporting could not be saved: %1" )

// --- Actions and priorities --------------------------------------------------------------------------------
//! %1 the action's id.
TK_MESSAGE( ActionNotFound, "action.not-found", "There is no action with id %1 in the project." )
TK_MESSAGE( ActionTitleRequired, "action.title-required", "An action needs a title: what is to be done." )
//! %1 the status given, %2 the statuses there are.
TK_MESSAGE( ActionBadStatus, "action.bad-status", "The action status %1 is not one of %2." )
//! %1 the kind given, %2 the kinds there are.
TK_MESSAGE( ActionBadKind, "action.bad-kind", "The action kind %1 is not one of %2." )
TK_MESSAGE( ActionRejectedNeedsReason, "action.rejected-needs-reason",
            "A rejected action needs the reason it is not taken (it is published with the action list)." )
TK_MESSAGE( ActionDoneNeedsNote, "action.done-needs-note",
            "The action was never decided: marking it done needs a note saying who decided it or why it was done anyway." )
//! %1 the deadline, %2 the decision date.
TK_MESSAGE( ActionDeadlineBeforeDecision, "action.deadline-before-decision",
            "The deadline %1 is before the decision date %2." )
//! %1 the end, %2 the start.
TK_MESSAGE( ActionEndBeforeStart, "action.end-before-start", "The intervention's end %1 is before its start %2." )
//! %1 the date given, %2 the decision date.
TK_MESSAGE( ActionDateBeforeDecision, "action.date-before-decision",
            "The date %1 is before the action's decision date %2." )
//! %1 the priority given.
TK_MESSAGE( ActionBadPriority, "action.bad-priority", "The priority %1 is not 1 (high), 2 or 3 (low)." )
//! %1 the cost given.
TK_MESSAGE( ActionNegativeCost, "action.negative-cost", "The cost %1 SEK is negative or not a number." )
//! %1 what the date is (deadline, start, …), %2 the text given.
TK_MESSAGE( ActionBadDate, "action.bad-date", "The %1 %2 is not a date (YYYY-MM-DD)." )
//! %1 the x, %2 the y given.
TK_MESSAGE( ActionBadPoint, "action.bad-point", "The action's place %1, %2 is not a point (two finite numbers)." )
//! %1 the id.
TK_MESSAGE( ActionUnknownPriority, "action.unknown-priority", "The project has no priority with id %1." )
TK_MESSAGE( ActionUnknownObservation, "action.unknown-observation", "The project has no observation with id %1." )
TK_MESSAGE( ActionUnknownIncident, "action.unknown-incident", "The project has no incident with id %1." )
TK_MESSAGE( ActionUnknownArea, "action.unknown-area", "The project has no area with id %1." )
TK_MESSAGE( ActionNoneGiven, "action.none-given", "No action was given to change." )
//! %1 the action's id, %2 its status.
TK_MESSAGE( ActionAlreadyInStatus, "action.already-in-status", "Action %1 is already %2." )
//! %1 the action's id, %2 the message why its change was refused.
TK_MESSAGE( ActionChangeRefused, "action.change-refused", "Action %1: %2 Nothing was changed." )
//! %1 what SQLite said.
TK_MESSAGE( ActionSaveFailed, "action.save-failed", "The action could not be saved: %1" )
TK_MESSAGE( ActionReadFailed, "action.read-failed", "The actions could not be read: %1" )
//! %1 the file.
TK_MESSAGE( ActionExportBadFormat, "action.export-bad-format", "%1: an action list is written as .csv or .xlsx." )
//! %1 the file, %2 what went wrong.
TK_MESSAGE( ActionExportFailed, "action.export-failed", "The action list could not be written to %1: %2" )
//! %1 the id.
TK_MESSAGE( PriorityNotFound, "priority.not-found", "There is no priority with id %1 in the project." )
TK_MESSAGE( PriorityProblemRequired, "priority.problem-required", "A priority needs the problem in words." )
TK_MESSAGE( PriorityPeriodLabelRequired, "priority.period-label-required",
            "A priority needs its period's name (e.g. T3 2026)." )
//! %1 the first day, %2 the last day given.
TK_MESSAGE( PriorityBadPeriod, "priority.bad-period",
            "The period %1 – %2 is not two dates (YYYY-MM-DD) with the last on or after the first." )
//! %1 the rank given.
TK_MESSAGE( PriorityBadRank, "priority.bad-rank", "The rank %1 is not a whole number of 1 or more." )
//! %1 the place kind given.
TK_MESSAGE( PriorityBadPlaceKind, "priority.bad-place-kind", "The place kind %1 is not area, cells or cluster." )
//! %1 the status given.
TK_MESSAGE( PriorityBadStatus, "priority.bad-status", "The priority status %1 is not active or closed." )
TK_MESSAGE( PriorityAreaRequired, "priority.area-required", "A priority on an area needs the area." )
//! %1 the place kind.
TK_MESSAGE( PriorityOutlineRequired, "priority.outline-required",
            "A priority on %1 needs their outline: at least one polygon of three points or more." )
//! %1 the polygon's number, %2 its points.
TK_MESSAGE( PriorityBadPolygon, "priority.bad-polygon",
            "Polygon %1 of the priority has %2 points or a point that is not a number; an outline needs at least three." )
//! %1 the category code.
TK_MESSAGE( PriorityUnknownCategory, "priority.unknown-category", "The project has no category %1." )
//! %1 the area's name.
TK_MESSAGE( PriorityAreaUnreadable, "priority.area-unreadable", "The outline of the area %1 cannot be read." )
//! %1 what SQLite said.
TK_MESSAGE( PrioritySaveFailed, "priority.save-failed", "The priority could not be saved: %1" )

// --- Evaluation of interventions ---------------------------------------------------------------------------
//! %1 which period (before, after), %2 the text given.
TK_MESSAGE( EvaluationBadPeriod, "evaluation.bad-period",
            "The %1 period '%2' is not FROM..UNTIL with dates as YYYY-MM-DD (e.g. 2026-01-01..2026-03-31)." )
//! %1 which period (before, after), %2 the period.
TK_MESSAGE( EvaluationPeriodReversed, "evaluation.period-reversed", "The %1 period %2 ends before it starts." )
//! %1 the before period, %2 the after period.
TK_MESSAGE( EvaluationPeriodsOverlap, "evaluation.periods-overlap",
            "The before period (%1) and the after period (%2) overlap: an event cannot count as both before "
            "and after." )
//! %1 the after period, %2 the before period.
TK_MESSAGE( EvaluationAfterBeforeBefore, "evaluation.after-before-before",
            "The after period (%1) lies before the before period (%2): give the periods the other way round." )
//! %1 the area's fid.
TK_MESSAGE( EvaluationUnknownArea, "evaluation.unknown-area", "The project has no area %1." )
//! %1 the area.
TK_MESSAGE( EvaluationSameArea, "evaluation.same-area",
            "The target and the comparison area are the same area (%1): choose another comparison area." )
//! %1 the target area, %2 the comparison area, %3 the area in common in m².
TK_MESSAGE( EvaluationAreasOverlap, "evaluation.areas-overlap",
            "The target area %1 and the comparison area %2 overlap (%3 m² in common): the comparison area "
            "must lie outside the target area, or the intervention's effect is counted on both sides." )
//! %1 the buffer in metres, %2 the target area, %3 the comparison area, %4 the area in common in m².
TK_MESSAGE( EvaluationBufferOverlapsComparison, "evaluation.buffer-overlaps-comparison",
            "The buffer of %1 m around %2 overlaps the comparison area %3 (%4 m² in common): choose a smaller "
            "buffer or a comparison area further away." )
//! %1 the largest buffer in metres, %2 the one given.
TK_MESSAGE( EvaluationBadBuffer, "evaluation.bad-buffer",
            "The buffer must be more than 0 and at most %1 metres, not %2." )
//! %1 the area.
TK_MESSAGE( EvaluationAreaUnreadable, "evaluation.area-unreadable",
            "The outline of the area %1 cannot be read as a polygon." )
//! %1 the action's fid.
TK_MESSAGE( EvaluationUnknownIntervention, "evaluation.unknown-intervention", "The project has no action %1." )
//! %1 the action's fid, %2 its title.
TK_MESSAGE( EvaluationNotIntervention, "evaluation.not-intervention",
            "Action %1 (%2) is an ordinary action, not an intervention: only an intervention (patrols, "
            "lighting, cameras, …) has an area and a period to evaluate." )
//! %1 the action's fid, %2 its title.
TK_MESSAGE( EvaluationInterventionNoArea, "evaluation.intervention-no-area",
            "The intervention %1 (%2) has no area: give the target area." )
//! %1 the action's fid, %2 its title.
TK_MESSAGE( EvaluationInterventionNoPeriod, "evaluation.intervention-no-period",
            "The intervention %1 (%2) has no period (start and end date): give the after period." )
//! %1 the code.
TK_MESSAGE( EvaluationUnknownCategory, "evaluation.unknown-category",
            "'%1' is neither a category nor a category group of the project." )
TK_MESSAGE( EvaluationNoComparisonCandidates, "evaluation.no-comparison-candidates",
            "No other area of the project lies outside the target area and its buffer: add a comparison area "
            "first." )
//! %1 what SQLite said.
TK_MESSAGE( EvaluationSaveFailed, "evaluation.save-failed", "The evaluation could not be stored: %1" )
//! %1 what SQLite said.
TK_MESSAGE( EvaluationReadFailed, "evaluation.read-failed", "The evaluations cannot be read: %1" )
//! %1 the evaluation's fid.
TK_MESSAGE( EvaluationUnknown, "evaluation.unknown", "The project has no stored evaluation %1." )
//! %1 the evaluation's fid, %2 what is wrong.
TK_MESSAGE( EvaluationStoredUnreadable, "evaluation.stored-unreadable",
            "The stored evaluation %1 cannot be read: %2" )
// Why a statistic is not computed (shown in its place).
//! %1 the counts that are 0 (e.g. "a (target before), d (comparison after)").
TK_MESSAGE( EvaluationResZeroCount, "evaluation.res-zero-count",
            "RES is not computed: %1 is 0, and the relative effect size and its interval need at least one "
            "event in each of the four counts." )
TK_MESSAGE( EvaluationWdqNoBuffer, "evaluation.wdq-no-buffer",
            "WDQ needs a buffer around the target area: without one there is no displacement to measure." )
//! %1 the counts that are 0.
TK_MESSAGE( EvaluationWdqZeroCount, "evaluation.wdq-zero-count",
            "WDQ is not computed: %1 is 0, and the quotient is undefined with zero counts." )
TK_MESSAGE( EvaluationWdqZeroDenominator, "evaluation.wdq-zero-denominator",
            "WDQ is not computed: the target area changed exactly as the comparison area did (the "
            "denominator is 0), so there is no effect to be displaced." )


// --- Crosswalks (kategorinycklar) ---------------------------------------------------------------------------
//! %1 the crosswalk's name.
TK_MESSAGE( CrosswalkUnknown, "crosswalk.unknown", "The project has no crosswalk named '%1'." )
TK_MESSAGE( CrosswalkNameEmpty, "crosswalk.name-empty", "A crosswalk needs a name." )
//! %1 the name.
TK_MESSAGE( CrosswalkNameTaken, "crosswalk.name-taken", "The project already has a crosswalk named '%1'." )
TK_MESSAGE( CrosswalkValueEmpty, "crosswalk.value-empty", "A crosswalk line needs the value the source writes." )
//! %1 the source value, %2 the crosswalk, %3 the code given.
TK_MESSAGE( CrosswalkUnknownCategory, "crosswalk.unknown-category",
            "'%1' in crosswalk '%2' would be read as '%3', which is not a category of the project." )
//! %1 the crosswalk, %2 the source value.
TK_MESSAGE( CrosswalkEntryUnknown, "crosswalk.entry-unknown", "Crosswalk '%1' has no line for '%2'." )
//! %1 what SQLite said.
TK_MESSAGE( CrosswalkSaveFailed, "crosswalk.save-failed", "The crosswalk could not be saved: %1" )
//! %1 what SQLite said.
TK_MESSAGE( CrosswalkReadFailed, "crosswalk.read-failed", "The crosswalks cannot be read: %1" )
//! %1 the file, %2 the columns it should have.
TK_MESSAGE( CrosswalkFileBadHeader, "crosswalk.file-bad-header",
            "%1 is not a crosswalk file: its first line should name the columns %2." )
//! %1 the file, %2 the row (1 = header), %3 why.
TK_MESSAGE( CrosswalkFileBadRow, "crosswalk.file-bad-row", "%1, row %2: %3. Nothing was read from the file." )
//! %1 the value.
TK_MESSAGE( CrosswalkFileBadLeaveOut, "crosswalk.file-bad-leave-out",
            "leave_out is '%1'; write 1 (leave out) or 0 (read as the category)" )
TK_MESSAGE( CrosswalkFileNoTarget, "crosswalk.file-no-target",
            "the line has neither a category nor leave_out = 1" )
//! Reason kept with an import row left out on purpose. %1 the crosswalk, %2 the value.
TK_MESSAGE( ImportRowLeftOut, "import.row-left-out", "left out on purpose: crosswalk '%1' leaves out %2" )
//! %1 row count, %2 the crosswalk, %3 the values with their counts.
TK_MESSAGE( ImportLeftOutSummary, "import.left-out-summary",
            "%1 rows left out on purpose by crosswalk '%2' (kept with the import's rejects, not errors): %3." )
//! %1 the crosswalk, %2 values of the file it knows, %3 the file's distinct values.
TK_MESSAGE( ImportUsedCrosswalk, "import.used-crosswalk",
            "Categories read through crosswalk '%1': it knows %2 of the file's %3 values." )
//! %1 the value in the file, %2 the group's name, %3 the category's name.
TK_MESSAGE( ImportGroupAsCategory, "import.group-as-category",
            "%1 is the name of the category group %2: read as its category %3." )
//! %1 the number of lines, %2 the crosswalk.
TK_MESSAGE( ImportCrosswalkStored, "import.crosswalk-stored",
            "%1 choices stored in crosswalk '%2': the next import uses them without asking." )

// --- Categories: the coordinator's vocabulary ----------------------------------------------------------------
//! %1 the code.
TK_MESSAGE( CategoryUnknown, "category.unknown", "'%1' is not a category of the project." )
//! %1 the code.
TK_MESSAGE( CategoryCodeTaken, "category.code-taken", "The project already has a category '%1'." )
//! %1 the code.
TK_MESSAGE( CategoryCodeInvalid, "category.code-invalid",
            "'%1' cannot be a category code: use lower-case letters a–z, digits and _ (at most 40)." )
TK_MESSAGE( CategoryLabelEmpty, "category.label-empty", "A category needs a Swedish name." )
//! %1 the colour given.
TK_MESSAGE( CategoryBadColour, "category.bad-colour", "'%1' is not a colour: write it as #rrggbb." )
//! %1 the group's code.
TK_MESSAGE( CategoryGroupUnknown, "category.group-unknown", "'%1' is not a category group of the project." )
TK_MESSAGE( CategoryMergeSame, "category.merge-same", "A category cannot be merged into itself." )
//! %1 what SQLite said.
TK_MESSAGE( CategorySaveFailed, "category.save-failed", "The category could not be saved: %1" )

// --- The police's event feed ----------------------------------------------------------------------------------
//! %1 the file, %2 what is wrong.
TK_MESSAGE( PoliceFeedUnreadable, "police-feed.unreadable", "%1 cannot be read as the police's event feed: %2" )
//! %1 the file.
TK_MESSAGE( PoliceFeedNotArray, "police-feed.not-array",
            "%1 is JSON but not the police's event feed: it should be a list of events with id, datetime, type "
            "and location." )
//! Row reasons. %1 the value.
TK_MESSAGE( ImportRowBadGps, "import.row-bad-gps", "the place's gps %1 is not 'latitude,longitude'" )
TK_MESSAGE( ImportRowMissingEventId, "import.row-missing-event-id", "the event has no id" )
//! %1 the event's id in its source, %2 when it was imported (YYYY-MM-DD HH:MM).
TK_MESSAGE( ImportRowEventInProject, "import.row-event-in-project",
            "the event %1 is already in the project (imported %2)" )
//! %1 the event's id in its source, %2 the earlier row.
TK_MESSAGE( ImportRowEventRepeated, "import.row-event-repeated",
            "the event %1 came already on row %2 of this file" )
//! %1 the number of events.
TK_MESSAGE( ImportDuplicateEvents, "import.duplicate-events",
            "%1 events were already in the project or came twice in the file: not imported again (kept "
            "with the import's rejects)." )
//! %1 the value.
TK_MESSAGE( ImportRowBadPrecision, "import.row-bad-precision",
            "the place precision %1 is not one of exact, address, street, area, municipality, county" )

// --- Place precision -------------------------------------------------------------------------------------------
//! %1 row count, %2 the place named (e.g. "Kristinehamn").
TK_MESSAGE( ImportPrecisionMunicipality, "import.precision-municipality",
            "%1 rows have only a municipality as their place (%2): they are counted but not drawn as points or "
            "used in the point analyses." )
//! %1 row count, %2 the place named.
TK_MESSAGE( ImportPrecisionCounty, "import.precision-county",
            "%1 rows have only a county as their place (%2): they are counted but not drawn as points or used "
            "in the point analyses." )
//! %1 row count; the file named no places.
TK_MESSAGE( ImportPrecisionMunicipalityUnnamed, "import.precision-municipality-unnamed",
            "%1 rows have only a municipality as their place: they are counted but not drawn as points or used "
            "in the point analyses." )
TK_MESSAGE( ImportPrecisionCountyUnnamed, "import.precision-county-unnamed",
            "%1 rows have only a county as their place: they are counted but not drawn as points or used in the "
            "point analyses." )
//! %1 row count, %2 the point (E, N), %3 the municipality or county whose centroid it is.
TK_MESSAGE( ImportPrecisionCentroid, "import.precision-centroid",
            "%1 rows share exactly the point %2, the centroid of %3: their place is taken as %3 only." )
//! %1 row count, %2 the point (E, N), %3 the municipality or county the rows name.
TK_MESSAGE( ImportPrecisionNamed, "import.precision-named",
            "%1 rows share exactly the point %2 and name %3 as their place: their place is taken as %3 only." )
//! %1 row count, %2 the point (E, N), %3 how many rows the next busiest point has.
TK_MESSAGE( ImportPrecisionRepeated, "import.precision-repeated",
            "%1 rows share exactly the point %2, far more than any real place (the next has %3): their place is "
            "taken as an area only." )
//! %1 the SQL error.
TK_MESSAGE( PrecisionWriteFailed, "precision.write-failed", "The places' precision could not be stored: %1" )
//! %1 the fid.
TK_MESSAGE( PrecisionUnknownIncident, "precision.unknown-incident",
            "There is no incident %1 in the project: no precision was changed." )
// --- The incident store ------------------------------------------------------------------------------------
//! %1 the SQL error.
TK_MESSAGE( StoreReadFailed, "store.read-failed", "The project's incidents could not be read: %1" )
//! %1 the value.
TK_MESSAGE( StoreTooManyValues, "store.too-many-values",
            "The incidents have more different values than the store can hold (at %1)." )
//! %1 count. Said by the map and every point analysis.
TK_MESSAGE( ImpreciseLeftOutMunicipality, "imprecise.left-out-municipality",
            "%1 incidents have only the municipality as their place and are left out here." )
TK_MESSAGE( ImpreciseLeftOutCounty, "imprecise.left-out-county",
            "%1 incidents have only the county as their place and are left out here." )
TK_MESSAGE( ImpreciseLeftOutArea, "imprecise.left-out-area",
            "%1 incidents have only an area as their place and are left out here." )

// --- Walks: more checks -----------------------------------------------------------------------------------------
//! %1 distance in metres, %2 the tolerance.
TK_MESSAGE( WalkObservationFarFromRoute, "walk.observation-far-from-route",
            "The observation lies %1 m from the walk's route, more than %2 m: check that its place is right." )
//! %1 the done date, %2 the decided date.
TK_MESSAGE( ActionDoneBeforeDecided, "action.done-before-decided",
            "The action cannot be done (%1) before it was decided (%2)." )


// --- The shared database (PostgreSQL/PostGIS) and the offline copy ---------------------------------------------
//! %1 the connection (without a password), %2 what libpq said.
TK_MESSAGE( SharedConnectFailed, "shared.connect-failed", "Cannot connect to the shared database %1: %2" )
//! %1 what was being done, %2 what PostgreSQL said.
TK_MESSAGE( SharedQueryFailed, "shared.query-failed", "The shared database refused %1: %2" )
//! %1 the database.
TK_MESSAGE( SharedNoPostgis, "shared.no-postgis",
            "PostGIS is not available in %1: install postgresql-15-postgis-3 on the server (or ask its "
            "administrator to run CREATE EXTENSION postgis)." )
//! %1 the database, %2 the schema version it has.
TK_MESSAGE( SharedAlreadyInitialised, "shared.already-initialised",
            "%1 already holds a Tryggkarta project (schema version %2): nothing was changed." )
//! %1 the database.
TK_MESSAGE( SharedNotInitialised, "shared.not-initialised",
            "%1 holds no Tryggkarta project: create one with tryggkarta-cli shared init." )
//! %1 the database's schema version, %2 the newest this program knows.
TK_MESSAGE( SharedNewerSchema, "shared.newer-schema",
            "The shared database has schema version %1, newer than this Tryggkarta knows (%2): update "
            "Tryggkarta before using it." )
//! %1 the database's schema version, %2 the one this program needs.
TK_MESSAGE( SharedOlderSchema, "shared.older-schema",
            "The shared database has schema version %1 and this Tryggkarta needs version %2: a coordinator "
            "brings it up to date with tryggkarta-cli shared migrate (nothing is lost)." )
//! %1 the organisation.
TK_MESSAGE( SharedUnknownOrganisation, "shared.unknown-organisation",
            "There is no organisation %1 in the shared database." )
//! %1 the role given.
TK_MESSAGE( SharedBadRole, "shared.bad-role",
            "%1 is not a role of the shared database: it is coordinator, reporter or steering." )
TK_MESSAGE( SharedReporterNeedsOrganisation, "shared.reporter-needs-organisation",
            "A reporter reports for an organisation: name it." )
//! %1 the name.
TK_MESSAGE( SharedBadUserName, "shared.bad-user-name",
            "%1 cannot be a user name: use lower-case letters, digits and _, starting with a letter, at most "
            "40 characters." )
//! %1 the name.
TK_MESSAGE( SharedUserExists, "shared.user-exists", "There is already a user %1 in the shared database." )
//! %1 the name.
TK_MESSAGE( SharedOrganisationExists, "shared.organisation-exists",
            "There is already an organisation %1 in the shared database." )
//! %1 the name.
TK_MESSAGE( SharedNotAllowed, "shared.not-allowed",
            "%1 may not change the shared database's organisations and users: that is the coordinator's." )
//! %1 the project file.
TK_MESSAGE( SyncNotReplica, "sync.not-replica",
            "%1 is not an offline copy of a shared database yet: give the connection to make it one." )
//! %1 the project file, %2 the database it is a copy of.
TK_MESSAGE( SyncOtherDatabase, "sync.other-database",
            "%1 is the offline copy of another shared database (%2): nothing was changed." )
//! %1 the project file, %2 its EPSG code, %3 the shared database's.
TK_MESSAGE( SyncSrsMismatch, "sync.srs-mismatch",
            "%1 is in EPSG:%2 and the shared database in EPSG:%3: a copy needs the same coordinate system." )
//! %1 what failed.
TK_MESSAGE( SyncFailed, "sync.failed",
            "The synchronisation stopped: %1 What was finished is kept on both sides and the next "
            "synchronisation carries on from there." )
//! %1 the number given.
TK_MESSAGE( SyncUnknownConflict, "sync.unknown-conflict", "There is no open conflict %1." )
//! %1 the table, %2 the row's fid in the copy, %3 what PostgreSQL said.
TK_MESSAGE( SyncRowRefused, "sync.row-refused",
            "%1 %2 was not sent: the shared database refused it (%3). It is kept in the copy." )
TK_MESSAGE( SyncConflictBothChanged, "sync.conflict-both-changed",
            "Changed both here and in the shared database since the last synchronisation." )
TK_MESSAGE( SyncConflictDeletedThere, "sync.conflict-deleted-there",
            "Changed here and deleted in the shared database." )
TK_MESSAGE( SyncConflictDeletedHere, "sync.conflict-deleted-here",
            "Deleted here and changed in the shared database." )
//! %1 the project file, %2 the login it is a copy for, %3 the login given now.
TK_MESSAGE( SyncOtherLogin, "sync.other-login",
            "%1 is %2's offline copy: it holds what %2 may read and changes waiting to be sent as %2. Synchronise "
            "it as %2, or make a new copy for %3: nothing was changed." )
//! %1 the name of the role the shared database gave.
TK_MESSAGE( SyncReadOnlyRole, "sync.read-only-role",
            "%1 reads the shared database only: the changes made in this copy were not sent." )

// clang-format on
