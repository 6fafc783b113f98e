package cn.gxnews.portal.article;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds many fixed strings in a text in one pass (Aho–Corasick): the time grows with the text and the hits, not
 * with the number of strings, so checking a long article against thousands of pairs on every autosave stays cheap.
 * Matching is exact, character by character: Chinese needs no word segmentation for this. Where found strings
 * overlap, the leftmost wins, and of those starting at the same place the longest (so 广西省政府 is one hit, not
 * 广西省 inside it). Immutable and safe to share between threads once built.
 */
final class WordingMatcher {

    /** One occurrence: the pattern's index in the list given, and where it stands in the text. */
    record Match(int pattern, int start, int end) {
    }

    /** Children of each trie node, keyed by character. */
    private final List<Map<Character, Integer>> next = new ArrayList<>();
    private int[] fail;
    /** The pattern that ends at each node, or -1. */
    private int[] output;
    /** The nearest node on the fail chain (excluding the node itself) where a pattern ends, or -1. */
    private int[] outputLink;
    private final int[] lengths;

    WordingMatcher(List<String> patterns) {
        lengths = new int[patterns.size()];
        next.add(new HashMap<>());
        List<Integer> ends = new ArrayList<>();
        ends.add(-1);
        for (int p = 0; p < patterns.size(); p++) {
            String pattern = patterns.get(p);
            if (pattern.isEmpty()) {
                throw new IllegalArgumentException("empty pattern at " + p);
            }
            lengths[p] = pattern.length();
            int node = 0;
            for (int i = 0; i < pattern.length(); i++) {
                Integer child = next.get(node).get(pattern.charAt(i));
                if (child == null) {
                    child = next.size();
                    next.add(new HashMap<>(4));
                    ends.add(-1);
                    next.get(node).put(pattern.charAt(i), child);
                }
                node = child;
            }
            if (ends.get(node) < 0) {
                ends.set(node, p);
            }
        }
        int size = next.size();
        output = ends.stream().mapToInt(Integer::intValue).toArray();
        fail = new int[size];
        outputLink = new int[size];
        Arrays.fill(outputLink, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int child : next.get(0).values()) {
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (Map.Entry<Character, Integer> edge : next.get(node).entrySet()) {
                int child = edge.getValue();
                int f = fail[node];
                while (f != 0 && !next.get(f).containsKey(edge.getKey())) {
                    f = fail[f];
                }
                Integer target = next.get(f).get(edge.getKey());
                fail[child] = target == null || target == child ? 0 : target;
                outputLink[child] = output[fail[child]] >= 0 ? fail[child] : outputLink[fail[child]];
                queue.add(child);
            }
        }
    }

    /** Every occurrence, leftmost-longest, none overlapping another, in the order of the text. */
    List<Match> find(String text) {
        List<Match> all = new ArrayList<>();
        int node = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Integer child;
            while ((child = next.get(node).get(c)) == null && node != 0) {
                node = fail[node];
            }
            node = child == null ? 0 : child;
            for (int n = output[node] >= 0 ? node : outputLink[node]; n >= 0; n = outputLink[n]) {
                int p = output[n];
                all.add(new Match(p, i + 1 - lengths[p], i + 1));
            }
        }
        if (all.size() <= 1) {
            return all;
        }
        all.sort(Comparator.comparingInt(Match::start).thenComparing(Comparator.comparingInt(Match::end).reversed()));
        List<Match> chosen = new ArrayList<>();
        int free = 0;
        for (Match match : all) {
            if (match.start() >= free) {
                chosen.add(match);
                free = match.end();
            }
        }
        return chosen;
    }
}
