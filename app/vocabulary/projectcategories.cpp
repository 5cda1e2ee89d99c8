#include "projectcategories.h"

#include "coremessages.h"
#include "database.h"
#include "fieldmapping.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <exception>

namespace
{
QString q( const std::string &text )
{
  return QString::fromStdString( text );
}

std::string key( const QString &text )
{
  return tryggkarta::labelKey( text.toStdString() );
}
} // namespace

ProjectCategories ProjectCategories::read( tryggkarta::Database &db, bool english )
{
  ProjectCategories result;
  result.english = english;
  try
  {
    auto vocabulary = tryggkarta::readVocabulary( db );
    if ( !vocabulary )
    {
      result.error = CoreMessages::text( vocabulary.error() );
      return result;
    }
    for ( const tryggkarta::VocabularyEntry &group : vocabulary->groups )
      result.groups << Group{ q( group.code ), q( group.labelSv ), q( group.labelEn ),
                              q( group.label( english ) ) };
    QMap<QString, qint64> counts;
    tryggkarta::Statement count = db.prepare( "SELECT category, count(*) FROM incidents GROUP BY category" );
    while ( count.step() )
      counts.insert( q( count.text( 0 ) ), count.int64( 1 ) );
    for ( const tryggkarta::Category &c : vocabulary->categories )
    {
      Item item;
      item.code = q( c.code );
      item.labelSv = q( c.labelSv );
      item.labelEn = q( c.labelEn );
      item.label = english && !c.labelEn.empty() ? item.labelEn : item.labelSv;
      item.group = q( c.group );
      item.color = QColor( q( c.color ) );
      item.hidden = c.hidden;
      item.incidents = counts.value( item.code );
      result.categories << item;
    }
  }
  catch ( const std::exception &e )
  {
    result.error = CoreMessages::text(
      tryggkarta::Message::make( tryggkarta::MessageCode::ProjectFileReadFailed, db.path(), e.what() ) );
  }
  return result;
}

const ProjectCategories::Item *ProjectCategories::find( const QString &code ) const
{
  for ( const Item &item : categories )
    if ( item.code == code )
      return &item;
  return nullptr;
}

QString ProjectCategories::label( const QString &code ) const
{
  const Item *item = find( code );
  return item ? item->label : code;
}

QString ProjectCategories::groupLabel( const QString &code ) const
{
  for ( const Group &group : groups )
    if ( group.code == code )
      return group.label;
  return code;
}

QStringList ProjectCategories::codes() const
{
  QStringList list;
  for ( const Item &item : categories )
    list << item.code;
  return list;
}

QString ProjectCategories::categoryNamed( const QString &value ) const
{
  const std::string wanted = key( value );
  if ( wanted.empty() )
    return QString();
  for ( const Item &item : categories )
    if ( key( item.code ) == wanted || key( item.labelSv ) == wanted ||
         ( !item.labelEn.isEmpty() && key( item.labelEn ) == wanted ) )
      return item.code;
  return QString();
}

QString ProjectCategories::groupNamed( const QString &value ) const
{
  const std::string wanted = key( value );
  if ( wanted.empty() )
    return QString();
  for ( const Group &group : groups )
    if ( key( group.code ) == wanted || key( group.labelSv ) == wanted ||
         ( !group.labelEn.isEmpty() && key( group.labelEn ) == wanted ) )
      return group.code;
  return QString();
}

QString ProjectCategories::otherCategoryOf( const QString &group ) const
{
  QList<const Item *> members;
  for ( const Item &item : categories )
    if ( item.group == group )
      members << &item;
  for ( const Item *item : members )
    if ( item->code.endsWith( QLatin1String( "_ovrig" ) ) ||
         item->code.endsWith( QLatin1String( "_other" ) ) ||
         item->labelSv.startsWith( QStringLiteral( "Övrig" ), Qt::CaseInsensitive ) )
      return item->code;
  // As the importer reads a group's name: else the group's first category, a shown one before a hidden one.
  for ( const Item *item : members )
    if ( !item->hidden )
      return item->code;
  return members.isEmpty() ? QString() : members.front()->code;
}

namespace VocabularyUi
{

QIcon swatch( const QColor &color )
{
  QPixmap pixmap( 16, 16 );
  pixmap.fill( Qt::transparent );
  QPainter painter( &pixmap );
  painter.setRenderHint( QPainter::Antialiasing );
  painter.setPen( QColor( 60, 60, 60 ) );
  painter.setBrush( color.isValid() ? color : QColor( 128, 128, 128 ) );
  painter.drawRoundedRect( QRectF( 1.5, 1.5, 13, 13 ), 2, 2 );
  return QIcon( pixmap );
}

void addCategories( QComboBox *combo, const ProjectCategories &categories, const QString &keep )
{
  auto *model = qobject_cast<QStandardItemModel *>( combo->model() );
  for ( const ProjectCategories::Group &group : categories.groups )
  {
    bool headed = false;
    for ( const ProjectCategories::Item &item : categories.categories )
    {
      if ( item.group != group.code || ( item.hidden && item.code != keep ) )
        continue;
      if ( !headed )
      {
        combo->addItem( group.label );
        if ( model )
        {
          QStandardItem *heading = model->item( combo->count() - 1 );
          heading->setFlags( heading->flags() & ~( Qt::ItemIsSelectable | Qt::ItemIsEnabled ) );
          QFont font = heading->font();
          font.setBold( true );
          heading->setFont( font );
        }
        headed = true;
      }
      combo->addItem( swatch( item.color ), QStringLiteral( "  " ) + item.label, item.code );
    }
  }
  // Categories of a group the project does not list (should not happen) still show.
  for ( const ProjectCategories::Item &item : categories.categories )
  {
    bool listed = false;
    for ( const ProjectCategories::Group &group : categories.groups )
      listed = listed || group.code == item.group;
    if ( !listed && ( !item.hidden || item.code == keep ) )
      combo->addItem( swatch( item.color ), item.label, item.code );
  }
}

QString suggestCode( const QString &labelSv, const QStringList &taken )
{
  QString base;
  const QString decomposed = labelSv.trimmed().toLower().normalized( QString::NormalizationForm_D );
  for ( const QChar c : decomposed )
  {
    if ( c.isMark() )
      continue;
    if ( ( c >= QLatin1Char( 'a' ) && c <= QLatin1Char( 'z' ) ) ||
         ( c >= QLatin1Char( '0' ) && c <= QLatin1Char( '9' ) ) )
      base += c;
    else if ( !base.isEmpty() && !base.endsWith( QLatin1Char( '_' ) ) )
      base += QLatin1Char( '_' );
  }
  while ( base.endsWith( QLatin1Char( '_' ) ) )
    base.chop( 1 );
  if ( base.isEmpty() )
    base = QStringLiteral( "kategori" );
  base = base.left( 36 );
  QString code = base;
  for ( int n = 2; taken.contains( code ); ++n )
    code = QStringLiteral( "%1_%2" ).arg( base ).arg( n );
  return code;
}

std::string actor()
{
  const QString user = qEnvironmentVariable( "USER", qEnvironmentVariable( "USERNAME" ) );
  return user.isEmpty() ? std::string( "tryggkarta" ) : user.toStdString();
}

bool askTexts( QWidget *parent, const QString &title, QVector<TextField> &fields, int minimumWidth )
{
  QDialog dialog( parent );
  dialog.setWindowTitle( title );
  auto *form = new QFormLayout();
  QVector<QLineEdit *> edits;
  for ( const TextField &field : fields )
  {
    auto *edit = new QLineEdit( field.text, &dialog );
    edit->setPlaceholderText( field.placeholder );
    form->addRow( field.label, edit );
    edits << edit;
  }
  auto *buttons = new QDialogButtonBox( QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog );
  QObject::connect( buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept );
  QObject::connect( buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject );
  auto *layout = new QVBoxLayout( &dialog );
  layout->addLayout( form );
  layout->addWidget( buttons );
  dialog.setMinimumWidth( minimumWidth );
  if ( dialog.exec() != QDialog::Accepted )
    return false;
  for ( int i = 0; i < fields.size(); ++i )
    fields[i].text = edits[i]->text();
  return true;
}

tryggkarta::CategoryWriteOptions categoryWriteOptions()
{
  tryggkarta::CategoryWriteOptions options;
  options.actor = actor();
  options.origin = "kategorier (appen)";
  return options;
}

tryggkarta::CrosswalkWriteOptions crosswalkWriteOptions( const char *origin )
{
  tryggkarta::CrosswalkWriteOptions options;
  options.actor = actor();
  options.origin = origin;
  return options;
}

} // namespace VocabularyUi
