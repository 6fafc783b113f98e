/**
 * Shared value types and small helpers every feature may use: plain text, refusals, translations, times, CSV,
 * the database (embedded PostgreSQL or a configured one), and a few desk components. It depends on no feature,
 * so it is an open module: its sub-packages are everyone's.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package cn.gxnews.portal.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
