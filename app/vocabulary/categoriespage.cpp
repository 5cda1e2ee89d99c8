#include "categoriespage.h"

#include "coremessages.h"
#include "database.h"
#include "newcategorydialog.h"

#include <QColorDialog>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace
{
enum Column
{
  ColumnColour,
  ColumnSwedish,
  ColumnEnglish,
  ColumnGroup,
  ColumnHidden,
  ColumnIncidents,
  ColumnCount
};

std::string s( const QString &text )
{
  return text.trimmed().toStdString();
}
} // namespace

CategoriesPage::CategoriesPage( tryggkarta::Database &db, bool english, QWidget *parent )
  : QWidget( parent ), mDb( db ), mEnglish( english )
{
  setObjectName( QStringLiteral( "CategoriesPage" ) );
  mTable = new QTableWidget( 0, ColumnCount, this );
  mTable->setObjectName( QStringLiteral( "CategoriesTable" ) );
  mTable->setHorizontalHeaderLabels( { tr( "Colour" ), tr( "Swedish name" ), tr( "English name" ),
                                       tr( "Group" ), tr( "Hidden" ), tr( "Incidents" ) } );
  mTable->setSelectionBehavior( QAbstractItemView::SelectRows );
  mTable->setSelectionMode( QAbstractItemView::SingleSelection );
  mTable->setEditTriggers( QAbstractItemView::NoEditTriggers );
  mTable->setAlternatingRowColors( true );
  mTable->verticalHeader()->hide();
  QHeaderView *header = mTable->horizontalHeader();
  header->setSectionResizeMode( ColumnColour, QHeaderView::ResizeToContents );
  // The names in full; the English ones take what is left.
  header->setSectionResizeMode( ColumnSwedish, QHeaderView::ResizeToContents );
  header->setSectionResizeMode( ColumnEnglish, QHeaderView::Stretch );
  header->setSectionResizeMode( ColumnGroup, QHeaderView::ResizeToContents );
  header->setSectionResizeMode( ColumnHidden, QHeaderView::ResizeToContents );
  header->setSectionResizeMode( ColumnIncidents, QHeaderView::ResizeToContents );

  mError = new QLabel( this );
  mError->setObjectName( QStringLiteral( "CategoriesError" ) );
  mError->setWordWrap( true );
  mError->setStyleSheet( QStringLiteral( "color: #b00020;" ) );
  mError->hide();

  auto *buttons = new QHBoxLayout();
  auto button =
    [&]( QPushButton *&member, const QString &name, const QString &text, void ( CategoriesPage::*slot )() )
  {
    member = new QPushButton( text, this );
    member->setObjectName( name );
    buttons->addWidget( member );
    connect( member, &QPushButton::clicked, this, slot );
  };
  button( mAdd, QStringLiteral( "AddCategory" ), tr( "Add…" ), &CategoriesPage::askAdd );
  button( mRename, QStringLiteral( "RenameCategory" ), tr( "Rename…" ), &CategoriesPage::askRename );
  button( mRecolour, QStringLiteral( "RecolourCategory" ), tr( "Change Colour…" ),
          &CategoriesPage::askRecolour );
  button( mMove, QStringLiteral( "MoveCategory" ), tr( "Move to Group…" ), &CategoriesPage::askMove );
  button( mHide, QStringLiteral( "HideCategory" ), tr( "Hide" ), &CategoriesPage::toggleHidden );
  button( mMerge, QStringLiteral( "MergeCategory" ), tr( "Merge With…" ), &CategoriesPage::askMerge );
  buttons->addStretch( 1 );

  auto *note = new QLabel(
    tr( "A hidden category is no longer offered for new incidents; those it has keep it. Merging moves a "
        "category's incidents and crosswalk lines to another and removes it." ),
    this );
  note->setWordWrap( true );

  auto *layout = new QVBoxLayout( this );
  layout->addWidget( note );
  layout->addWidget( mTable, 1 );
  layout->addWidget( mError );
  layout->addLayout( buttons );

  mConfirm = [this]( const QString &question )
  { return QMessageBox::question( this, tr( "Categories" ), question ) == QMessageBox::Yes; };
  connect( mTable, &QTableWidget::itemSelectionChanged, this, &CategoriesPage::updateButtons );
  connect( mTable, &QTableWidget::cellDoubleClicked, this, [this] { askRename(); } );
  reload();
}

void CategoriesPage::reload()
{
  const QString selected = selectedCode();
  mCategories = ProjectCategories::read( mDb, mEnglish );
  showError( mCategories.error );
  fill();
  if ( !selected.isEmpty() )
    selectCode( selected );
  updateButtons();
}

void CategoriesPage::fill()
{
  mTable->setRowCount( 0 );
  mTable->setRowCount( mCategories.categories.size() );
  int row = 0;
  for ( const ProjectCategories::Item &item : std::as_const( mCategories.categories ) )
  {
    auto *colour = new QTableWidgetItem( VocabularyUi::swatch( item.color ), item.color.name() );
    mTable->setItem( row, ColumnColour, colour );
    auto *swedish = new QTableWidgetItem( item.labelSv );
    swedish->setData( Qt::UserRole, item.code );
    swedish->setToolTip( tr( "Code: %1" ).arg( item.code ) );
    mTable->setItem( row, ColumnSwedish, swedish );
    auto *englishItem = new QTableWidgetItem( item.labelEn );
    englishItem->setToolTip( item.labelEn );
    mTable->setItem( row, ColumnEnglish, englishItem );
    mTable->setItem( row, ColumnGroup, new QTableWidgetItem( mCategories.groupLabel( item.group ) ) );
    mTable->setItem( row, ColumnHidden, new QTableWidgetItem( item.hidden ? tr( "Hidden" ) : QString() ) );
    auto *count = new QTableWidgetItem();
    count->setData( Qt::DisplayRole, item.incidents );
    count->setTextAlignment( Qt::AlignRight | Qt::AlignVCenter );
    mTable->setItem( row, ColumnIncidents, count );
    if ( item.hidden )
      for ( int column = 0; column < ColumnCount; ++column )
        mTable->item( row, column )->setForeground( palette().color( QPalette::Disabled, QPalette::Text ) );
    ++row;
  }
}

QString CategoriesPage::selectedCode() const
{
  const QList<QTableWidgetItem *> selected = mTable->selectedItems();
  if ( selected.isEmpty() )
    return QString();
  const QTableWidgetItem *item = mTable->item( selected.front()->row(), ColumnSwedish );
  return item ? item->data( Qt::UserRole ).toString() : QString();
}

bool CategoriesPage::selectCode( const QString &code )
{
  for ( int row = 0; row < mTable->rowCount(); ++row )
    if ( mTable->item( row, ColumnSwedish )->data( Qt::UserRole ).toString() == code )
    {
      mTable->selectRow( row );
      mTable->scrollToItem( mTable->item( row, ColumnSwedish ) );
      return true;
    }
  return false;
}

void CategoriesPage::updateButtons()
{
  const ProjectCategories::Item *item = mCategories.find( selectedCode() );
  for ( QPushButton *b : { mRename, mRecolour, mMove, mHide, mMerge } )
    b->setEnabled( item );
  mHide->setText( item && item->hidden ? tr( "Show" ) : tr( "Hide" ) );
  mMerge->setEnabled( item && mCategories.categories.size() > 1 );
}

void CategoriesPage::showError( const QString &text )
{
  mError->setText( text );
  mError->setVisible( !text.isEmpty() );
}

QString CategoriesPage::errorText() const
{
  return mError->isHidden() ? QString() : mError->text();
}

void CategoriesPage::afterChange( QString code, bool incidentsMoved )
{
  showError( QString() );
  reload();
  selectCode( code );
  emit changed( incidentsMoved );
}

QString CategoriesPage::refused( const tryggkarta::Message &error )
{
  const QString text = CoreMessages::text( error );
  showError( text );
  return text;
}

QString CategoriesPage::add( const tryggkarta::NewCategory &category )
{
  const tryggkarta::Status added =
    tryggkarta::CategoryEditor( mDb ).add( category, VocabularyUi::categoryWriteOptions() );
  if ( !added )
    return refused( added.error() );
  afterChange( QString::fromStdString( category.code ), false );
  return QString();
}

QString CategoriesPage::change( QString code, const tryggkarta::CategoryChange &change )
{
  const tryggkarta::Status changed =
    tryggkarta::CategoryEditor( mDb ).change( s( code ), change, VocabularyUi::categoryWriteOptions() );
  if ( !changed )
    return refused( changed.error() );
  afterChange( code, false );
  return QString();
}

QString CategoriesPage::rename( const QString &code, const QString &labelSv, const QString &labelEn )
{
  tryggkarta::CategoryChange c;
  c.labelSv = s( labelSv );
  c.labelEn = s( labelEn );
  return change( code, c );
}

QString CategoriesPage::recolour( const QString &code, const QColor &color )
{
  tryggkarta::CategoryChange c;
  c.color = color.name().toStdString();
  return change( code, c );
}

QString CategoriesPage::moveToGroup( const QString &code, const QString &group )
{
  tryggkarta::CategoryChange c;
  c.group = s( group );
  return change( code, c );
}

QString CategoriesPage::setHidden( const QString &code, bool hidden )
{
  tryggkarta::CategoryChange c;
  c.hidden = hidden;
  return change( code, c );
}

QString CategoriesPage::mergeQuestion( const QString &from, const QString &into ) const
{
  const ProjectCategories::Item *item = mCategories.find( from );
  const qint64 count = item ? item->incidents : 0;
  return tr( "Merge %1 into %2? %n incident(s) move to %2, and %1 is removed from the project (its crosswalk "
             "lines follow).",
             nullptr, static_cast<int>( count ) )
    .arg( mCategories.label( from ), mCategories.label( into ) );
}

QString CategoriesPage::merge( const QString &from, const QString &into, qint64 *moved )
{
  if ( moved )
    *moved = 0;
  if ( mConfirm && !mConfirm( mergeQuestion( from, into ) ) )
    return QString();
  const tryggkarta::Expected<int64_t> merged =
    tryggkarta::CategoryEditor( mDb ).merge( s( from ), s( into ), VocabularyUi::categoryWriteOptions() );
  if ( !merged )
    return refused( merged.error() );
  if ( moved )
    *moved = *merged;
  afterChange( into, *merged > 0 );
  return QString();
}

void CategoriesPage::askAdd()
{
  NewCategoryDialog dialog( mDb, mCategories, this );
  if ( const ProjectCategories::Item *item = mCategories.find( selectedCode() ) )
    dialog.setGroup( item->group );
  if ( dialog.exec() != QDialog::Accepted )
    return;
  afterChange( dialog.addedCode(), false );
}

void CategoriesPage::askRename()
{
  const ProjectCategories::Item *item = mCategories.find( selectedCode() );
  if ( !item )
    return;
  QVector<VocabularyUi::TextField> fields{
    { tr( "Swedish name" ), item->labelSv, QString() },
    { tr( "English name" ), item->labelEn, tr( "optional: the Swedish name is used" ) } };
  if ( VocabularyUi::askTexts( this, tr( "Rename %1" ).arg( item->label ), fields, 420 ) )
    rename( item->code, fields[0].text, fields[1].text );
}

void CategoriesPage::askRecolour()
{
  const ProjectCategories::Item *item = mCategories.find( selectedCode() );
  if ( !item )
    return;
  const QString code = item->code;
  const QColor chosen = QColorDialog::getColor( item->color, this, tr( "Colour of %1" ).arg( item->label ) );
  if ( chosen.isValid() )
    recolour( code, chosen );
}

void CategoriesPage::askMove()
{
  const ProjectCategories::Item *item = mCategories.find( selectedCode() );
  if ( !item )
    return;
  const QString code = item->code;
  QStringList labels;
  int current = 0;
  for ( const ProjectCategories::Group &group : std::as_const( mCategories.groups ) )
  {
    if ( group.code == item->group )
      current = labels.size();
    labels << group.label;
  }
  bool ok = false;
  const QString chosen = QInputDialog::getItem(
    this, tr( "Move to Group" ), tr( "Group for %1:" ).arg( item->label ), labels, current, false, &ok );
  const int index = labels.indexOf( chosen );
  if ( ok && index >= 0 )
    moveToGroup( code, mCategories.groups.at( index ).code );
}

void CategoriesPage::toggleHidden()
{
  const ProjectCategories::Item *item = mCategories.find( selectedCode() );
  if ( item )
    setHidden( item->code, !item->hidden );
}

void CategoriesPage::askMerge()
{
  const ProjectCategories::Item *item = mCategories.find( selectedCode() );
  if ( !item )
    return;
  const QString from = item->code;
  QStringList labels;
  QStringList codes;
  for ( const ProjectCategories::Item &other : std::as_const( mCategories.categories ) )
    if ( other.code != from )
    {
      labels << QStringLiteral( "%1 (%2)" ).arg( other.label, mCategories.groupLabel( other.group ) );
      codes << other.code;
    }
  bool ok = false;
  const QString chosen = QInputDialog::getItem(
    this, tr( "Merge Categories" ), tr( "Merge %1 into:" ).arg( item->label ), labels, 0, false, &ok );
  const int index = labels.indexOf( chosen );
  if ( ok && index >= 0 )
    merge( from, codes.at( index ) );
}
