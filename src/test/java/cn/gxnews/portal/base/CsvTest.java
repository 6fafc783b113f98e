package cn.gxnews.portal.base;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every CSV export of the desk is written by {@link Csv#write}. */
class CsvTest {

    @Test
    void a_file_has_the_byte_order_mark_the_headers_and_every_row_of_every_page() throws Exception {
        List<Integer> rows = IntStream.rangeClosed(1, Csv.PAGE + 1).boxed().toList();
        List<Integer> offsetsRead = new ArrayList<>();
        StringWriter out = new StringWriter();

        Csv.write(out, List.of("编号", "名称"), (offset, limit) -> {
            offsetsRead.add(offset);
            return rows.subList(Math.min(offset, rows.size()), Math.min(offset + limit, rows.size()));
        }, row -> List.of(row.toString(), row == 1 ? "=1+1" : "第" + row + "行"));

        List<String> lines = out.toString().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("\uFEFF\"编号\",\"名称\"");
        assertThat(lines).hasSize(1 + rows.size());
        assertThat(lines.get(1)).as("a formula is defused").isEqualTo("\"1\",\"'=1+1\"");
        assertThat(lines.getLast()).isEqualTo("\"1001\",\"第1001行\"");
        assertThat(out.toString()).contains("\r\n");
        assertThat(offsetsRead).containsExactly(0, Csv.PAGE);
    }
}
