/**
 * The editors' side of the workflow: the review queue and dashboard, review decisions, the publication
 * scheduler, and the audit trail of every transition.
 */
@NullMarked
package cn.gxnews.portal.editorial;

import org.jspecify.annotations.NullMarked;
