#pragma once
// Shows the project's times (stored as UTC) as Stockholm wall-clock time, "2025-03-01 21:30", in QGIS's
// attribute table; an empty time shows as nothing rather than NULL.

#include <qgsfieldformatter.h>

class StockholmTimeFormatter : public QgsFieldFormatter
{
public:
  //! The editor widget type to put on a field (QgsEditorWidgetSetup) to show it this way.
  static QString typeId() { return QStringLiteral( "TryggkartaStockholmTime" ); }
  //! Adds the formatter to QGIS's registry once.
  static void ensureRegistered();

  QString id() const override { return typeId(); }
  QString representValue( QgsVectorLayer *layer, int fieldIndex, const QVariantMap &config,
                          const QVariant &cache, const QVariant &value ) const override;
  QVariant sortValue( QgsVectorLayer *layer, int fieldIndex, const QVariantMap &config, const QVariant &cache,
                      const QVariant &value ) const override;
};
