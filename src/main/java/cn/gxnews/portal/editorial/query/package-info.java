/**
 * Projections for the review queue, the dashboard's counts and the audit trail, scoped to the editor's offices.
 */
@NullMarked
package cn.gxnews.portal.editorial.query;

import org.jspecify.annotations.NullMarked;
