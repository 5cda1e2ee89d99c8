#pragma once
// Long work without freezing the window: the work runs on a worker thread while the event loop goes on, and
// a progress dialog (after a moment, or at once) shows how far it got and offers Cancel. Until the dialog
// shows, the window repaints but takes no input.

#include <QString>

#include <functional>

class QWidget;

struct WorkerProgressOptions
{
  QString title;
  QString label;
  int showAfterMilliseconds = 500; //!< 0: at once (the window takes no input from the start)
};

/**
 * Runs work on a worker thread and returns when it has ended. work gets a progress callback: give it the
 * fraction done (0–1); it returns false once the user pressed Cancel (the work then stops at its next step).
 * Returns whether Cancel was pressed, also when the work ended anyway.
 */
bool runShowingProgress( QWidget *parent, const WorkerProgressOptions &options,
                         const std::function<void( const std::function<bool( double )> &progress )> &work );
