package cn.gxnews.portal.article;

import org.jooq.JSONB;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The stored form of an article body: a JSON array of blocks, each with its {@code type}. Written and read
 * here only, so the database never holds anything but these four kinds of block.
 */
public final class BlockJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BlockJson() {
    }

    public static JSONB write(List<Block> blocks) {
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

    public static List<Block> read(JSONB stored) {
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
        return blocks;
    }
}
