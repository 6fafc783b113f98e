package cn.gxnews.portal.publicsite;

/**
 * A published article as it goes to the company's WeChat official account (复制到公众号): HTML that the account's
 * editor keeps when pasted (inline styles only, photos at absolute addresses), and the same as plain text.
 */
public record WeChatCopy(String html, String text) {
}
