#pragma once
// Reading a project's incidents into the incident store (core/store) without freezing the window: the read
// runs on a worker thread while the event loop goes on; after a moment a progress dialog shows how far it got
// and offers Cancel. A million incidents read from the table take about a second (from the user's cache, tens
// of milliseconds: no dialog at all); ten million, about ten.

#include "incidentstore.h"

#include <QString>

#include <functional>
#include <optional>

class QWidget;

struct StoreLoad
{
  std::optional<tryggkarta::IncidentStore> store; //!< the incidents, unless cancelled or failed
  QString error;                                  //!< why it failed, for the user
  bool cancelled = false;                         //!< the user (or the observer) cancelled it
};

/**
 * Reads the incident store of the project file at path (loadIncidentStore: from the user's cache when the
 * file is unchanged). observer, when given, is told the fraction read (on the worker thread) and cancels by
 * returning false: for tests.
 */
StoreLoad loadStoreShowingProgress( const QString &path, QWidget *parent,
                                    const std::function<bool( double )> &observer = {} );
