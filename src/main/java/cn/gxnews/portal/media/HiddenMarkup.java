package cn.gxnews.portal.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Finds markup hidden in a photo: a file that is both a picture and a web page or script can run in a
 * reader's browser or on a misconfigured server if it is ever served as it was uploaded.
 */
final class HiddenMarkup {

    /** Elements a browser would run or render; found only as real tags, see {@link #endsTagName}. */
    private static final List<byte[]> ELEMENTS = ascii("<script", "<html", "<svg", "<iframe", "<body");
    /** Declarations that start a document or a script; long and odd enough to match as they are. */
    private static final List<byte[]> DECLARATIONS = ascii("<?xml", "<?php", "<!doctype");

    private HiddenMarkup() {
    }

    /** Whether any of the markers appears anywhere in the file, in any mix of upper and lower case. */
    static boolean isIn(byte[] data) {
        for (int at = 0; at < data.length; at++) {
            if (data[at] == '<' && startsMarkup(data, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsMarkup(byte[] data, int at) {
        for (byte[] element : ELEMENTS) {
            if (matchesIgnoringCase(data, at, element) && endsTagName(data, at + element.length)) {
                return true;
            }
        }
        for (byte[] declaration : DECLARATIONS) {
            if (matchesIgnoringCase(data, at, declaration)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A browser reads {@code <svg} as a tag only when the name ends there, at whitespace, {@code /},
     * {@code >} or an XML prefix's {@code :}. Asking for that keeps compressed pixels, which are random
     * bytes, from looking like markup: a bare four-byte {@code <svg} turns up by chance in about one
     * upload of 15 MB in thirty.
     */
    private static boolean endsTagName(byte[] data, int at) {
        if (at >= data.length) {
            return true;
        }
        return switch (data[at]) {
            case ' ', '\t', '\n', '\r', '\f', '/', '>', ':' -> true;
            default -> false;
        };
    }

    private static boolean matchesIgnoringCase(byte[] data, int at, byte[] marker) {
        if (at + marker.length > data.length) {
            return false;
        }
        for (int i = 0; i < marker.length; i++) {
            byte b = data[at + i];
            byte lower = b >= 'A' && b <= 'Z' ? (byte) (b + ('a' - 'A')) : b;
            if (lower != marker[i]) {
                return false;
            }
        }
        return true;
    }

    private static List<byte[]> ascii(String... markers) {
        return Arrays.stream(markers).map(marker -> marker.getBytes(StandardCharsets.US_ASCII)).toList();
    }
}
