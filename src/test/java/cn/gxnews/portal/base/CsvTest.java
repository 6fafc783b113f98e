package cn.gxnews.portal.base;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every CSV export of the desk is written by {@link Csv#write}; imports read files with {@link Csv#read}. */
class CsvTest {

    @Test
    void a_file_has_the_byte_order_mark_the_headers_and_every_row_of_every_page() throws Exception {
        List<Integer> rows = IntStream.rangeClosed(1, Csv.BATCH + 1).boxed().toList();
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
        assertThat(offsetsRead).containsExactly(0, Csv.BATCH);
    }

    @Test
    void a_file_written_from_one_stream_of_rows_has_every_row_in_order() throws Exception {
        StringWriter out = new StringWriter();

        Csv.write(out, List.of("编号"), IntStream.rangeClosed(1, 2 * Csv.BATCH + 1).boxed(), row -> List.of("第" + row + "行"));

        List<String> lines = out.toString().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("\uFEFF\"编号\"");
        assertThat(lines).hasSize(2 * Csv.BATCH + 2);
        assertThat(lines.get(1)).isEqualTo("\"第1行\"");
        assertThat(lines.getLast()).isEqualTo("\"第2001行\"");
    }

    @Test
    void a_written_file_reads_back_field_for_field_with_quotes_commas_line_breaks_and_formulas() throws Exception {
        List<List<String>> rows = List.of(List.of("广西省", "广西壮族自治区", "说明, 含逗号和\"引号\"", "BLOCK"),
                List.of("-减号开头", "=公式", "两行\n说明", "WARN"));
        StringWriter out = new StringWriter();

        Csv.write(out, List.of("错误写法", "规范写法", "说明", "级别"),
                (offset, limit) -> offset == 0 ? rows : List.of(), row -> row);

        List<List<String>> read = Csv.read(out.toString());
        assertThat(read.getFirst()).containsExactly("错误写法", "规范写法", "说明", "级别");
        assertThat(read.subList(1, read.size())).isEqualTo(rows);
    }

    @Test
    void a_file_a_spreadsheet_wrote_without_quotes_reads_into_its_rows_and_blank_lines_keep_their_place() {
        assertThat(Csv.read("a,b\n\nc,,d\r\ne"))
                .containsExactly(List.of("a", "b"), List.of(""), List.of("c", "", "d"), List.of("e"));
    }
}
