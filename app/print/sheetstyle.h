#pragma once
// The colours every printed sheet shares (the map templates and the lägesbild report), so a map and the
// report it goes with look like one document.

#include <QColor>

namespace SheetStyle
{
inline const QColor kText( 0x1d, 0x27, 0x33 );  //!< body text
inline const QColor kMuted( 0x55, 0x60, 0x6b ); //!< secondary lines
inline const QColor kRule( 0xb8, 0xbf, 0xc6 );  //!< rules and grid lines
//! The classification line: red inside the EST group, green when published.
inline const QColor kInternal( 0xa3, 0x1d, 0x1d );
inline const QColor kPublic( 0x1d, 0x6b, 0x3a );
} // namespace SheetStyle
