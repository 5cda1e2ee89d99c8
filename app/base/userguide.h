#pragma once
// The user guide (docs/anvandarguide.md, in Swedish, kept in the repository and embedded as a resource) in a
// window of its own: the guide on the right, its headings on the left to jump to, and links between its
// sections that work.

#include <QDialog>
#include <QStringList>

class QTextBrowser;
class QTreeWidget;

class UserGuideDialog : public QDialog
{
  Q_OBJECT

public:
  explicit UserGuideDialog( QWidget *parent = nullptr );

  //! The guide's Markdown as embedded in the app (empty if the resource is missing).
  static QString markdown();
  //! The anchor of a heading as links in Markdown name it: lower case, spaces as '-', punctuation left out
  //! ("Måndagens lägesbild" → "måndagens-lägesbild").
  static QString anchorFor( const QString &heading );

  QTextBrowser *browser() const { return mBrowser; }
  //! The list of headings (sections, with their subsections under them).
  QTreeWidget *contents() const { return mContents; }
  //! The guide's headings below its title, in order, as shown.
  QStringList headings() const { return mHeadings; }
  //! Scrolls the guide to a heading; false when it has none by that text.
  bool showHeading( const QString &heading );

private:
  void followLink( const QUrl &url );

  QTextBrowser *mBrowser = nullptr;
  QTreeWidget *mContents = nullptr;
  QStringList mHeadings;
};
