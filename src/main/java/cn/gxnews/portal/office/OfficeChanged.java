package cn.gxnews.portal.office;

/** Published when an office's details change, so that pages showing them are refreshed. */
public record OfficeChanged(String officeCode) {
}
