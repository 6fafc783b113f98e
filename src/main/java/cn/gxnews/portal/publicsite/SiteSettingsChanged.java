package cn.gxnews.portal.publicsite;

/** The site settings changed: after the commit every instance reloads them and drops its cached pages. */
record SiteSettingsChanged() {
}
