#pragma once
// Work that runs on the open project (an import, analyses) and must end before the project closes, another
// one opens or the file is saved under a new name. The project controller asks it through this interface,
// so it never depends on the rooms that do the work.

class ProjectWork
{
public:
  virtual ~ProjectWork() = default;

  //! True while the work runs.
  virtual bool isWorkRunning() const = 0;
  //! Whether the user agrees to stop the work (true when none runs); stops nothing. Work that is never
  //! stopped for this answers false without asking.
  virtual bool mayStopWork() = 0;
  //! Stops the work and waits for it to end; false when it did not end.
  virtual bool stopWork() = 0;
};
