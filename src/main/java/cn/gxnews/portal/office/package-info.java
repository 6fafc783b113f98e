/**
 * The regional offices (Nanning, Liuzhou, Guilin): the root of every scoping decision.
 */
@NullMarked
package cn.gxnews.portal.office;

import org.jspecify.annotations.NullMarked;
