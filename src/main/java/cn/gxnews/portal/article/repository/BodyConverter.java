package cn.gxnews.portal.article.repository;

import cn.gxnews.portal.article.Block;
import org.jooq.JSONB;
import org.jooq.impl.AbstractConverter;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The stored form of an article body: a JSON array of blocks, each with its {@code type}. The code generator puts
 * this converter on every body column ({@code article_revision.body}, {@code draft_autosave.body}), so the
 * database never holds anything but these four kinds of block and no repository handles the JSON itself.
 */
public final class BodyConverter extends AbstractConverter<JSONB, List<Block>> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @SuppressWarnings("unchecked")
    public BodyConverter() {
        super(JSONB.class, (Class<List<Block>>) (Class<?>) List.class);
    }

    @Override
    public @Nullable List<Block> from(@Nullable JSONB stored) {
        if (stored == null) {
            return null;
        }
        List<Block> blocks = new ArrayList<>();
        for (JsonNode node : JSON.readTree(stored.data())) {
            String type = node.path("type").asString("");
            blocks.add(switch (type) {
                case "paragraph" -> new Block.Paragraph(node.path("text").asString(""));
                case "heading" -> new Block.Heading(node.path("text").asString(""));
                case "quote" -> new Block.Quote(node.path("text").asString(""));
                case "photo" -> new Block.Photo(node.hasNonNull("media") ? node.get("media").asString() : null,
                        node.path("caption").asString(""), node.path("credit").asString(""),
                        node.path("alt").asString(""));
                default -> throw new IllegalStateException("unknown block type in stored body: " + type);
            });
        }
        return List.copyOf(blocks);
    }

    @Override
    public @Nullable JSONB to(@Nullable List<Block> blocks) {
        if (blocks == null) {
            return null;
        }
        ArrayNode array = JSON.createArrayNode();
        for (Block block : blocks) {
            ObjectNode node = array.addObject();
            switch (block) {
                case Block.Paragraph p -> node.put("type", "paragraph").put("text", p.text());
                case Block.Heading h -> node.put("type", "heading").put("text", h.text());
                case Block.Quote q -> node.put("type", "quote").put("text", q.text());
                case Block.Photo photo -> {
                    node.put("type", "photo");
                    if (photo.mediaSha256() != null) {
                        node.put("media", photo.mediaSha256());
                    }
                    node.put("caption", photo.caption()).put("credit", photo.credit()).put("alt", photo.alt());
                }
            }
        }
        return JSONB.valueOf(JSON.writeValueAsString(array));
    }
}
