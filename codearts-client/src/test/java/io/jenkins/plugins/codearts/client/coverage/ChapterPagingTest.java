package io.jenkins.plugins.codearts.client.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.FilterCriterion;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.ListAllPluginsRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.SelectablePluginsRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.rulesets.RuleSetFilter;
import io.jenkins.plugins.codearts.client.pipeline.model.templates.ListPipelineTemplatesRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lazy "all pages" variants of the chapter list calls, over loopback HTTP: nothing is fetched until iteration
 * starts, the second page is fetched only when the first is used up, its offset (or page number) follows the first
 * page, and iteration ends after the last item.
 */
class ChapterPagingTest {

    @RegisterExtension
    static final LoopbackServer loopback = new LoopbackServer();

    /**
     * @param wrapper the page JSON with {@code %ITEMS%} and {@code %TOTAL%} placeholders
     * @param item one item's JSON with a {@code %N%} placeholder
     * @param firstPage what the first request must carry (query or body)
     * @param secondPage what the second request must carry
     */
    record PagedRow(String name, Function<CodeArtsClient, Iterable<?>> iterable, String wrapper, String item,
            String firstPage, String secondPage) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<PagedRow> rows() {
        String pageWithOffset = "{\"offset\":0,\"limit\":2,\"total\":%TOTAL%,\"data\":[%ITEMS%]}";
        String ideResultPage = "{\"result\":{\"size\":2,\"total_items_count\":%TOTAL%,\"items_before\":0,"
                + "\"items\":[%ITEMS%],\"empty\":false},\"status\":\"success\"}";
        return Stream.of(
                new PagedRow("iteratePipelineTemplates", c -> c.pipeline().templates().iteratePipelineTemplates("t-1",
                        ListPipelineTemplatesRequest.builder().name("maven").build(), 2),
                        "{\"offset\":0,\"limit\":2,\"total\":%TOTAL%,\"templates\":[%ITEMS%]}", "{\"id\":\"t%N%\"}",
                        "\"offset\":0", "\"offset\":2"),
                new PagedRow("iterateRules", c -> c.pipeline().rules().iterateRules("d-1", null, "Gate", null, 2),
                        "{\"data\":[%ITEMS%],\"total\":%TOTAL%}", "{\"id\":\"r%N%\"}", "offset=0", "offset=2"),
                new PagedRow("iterateTenantRuleSets", c -> c.pipeline().tenantRuleSets().iterateTenantRuleSets("d-1",
                        RuleSetFilter.including(true), 2), "{\"data\":[%ITEMS%],\"total\":%TOTAL%}", "{\"id\":\"s%N%\"}",
                        "offset=0", "offset=2"),
                new PagedRow("iterateProjectRuleSets", c -> c.pipeline().projectRuleSets().iterateProjectRuleSets("p-1",
                        RuleSetFilter.including(true), 2), "{\"data\":[%ITEMS%],\"total\":%TOTAL%}", "{\"id\":\"s%N%\"}",
                        "offset=0", "offset=2"),
                new PagedRow("iterateTenantOpenSourceRuleSets", c -> c.pipeline().tenantOpenSourceRuleSets()
                        .iterateTenantOpenSourceRuleSets("d-1", null, null, 2), "{\"total\":%TOTAL%,\"data\":[%ITEMS%]}",
                        "{\"id\":\"o%N%\"}", "offset=0", "offset=2"),
                new PagedRow("iterateProjectOpenSourceRuleSets", c -> c.pipeline().projectOpenSourceRuleSets()
                        .iterateProjectOpenSourceRuleSets("p-1", true, null, null, 2),
                        "{\"total\":%TOTAL%,\"data\":[%ITEMS%]}", "{\"id\":\"o%N%\"}", "offset=0", "offset=2"),
                new PagedRow("iterateBasicPlugins", c -> c.pipeline().extensions().iterateBasicPlugins("d-1", "official",
                        2), pageWithOffset, "{\"name\":\"b%N%\"}", "offset=0", "offset=2"),
                new PagedRow("iterateSelectablePlugins", c -> c.pipeline().extensions().iterateSelectablePlugins("d-1",
                        SelectablePluginsRequest.builder().useCondition("pipeline").build(), 2), pageWithOffset,
                        "{\"unique_id\":\"g%N%\"}", "offset=0", "offset=2"),
                new PagedRow("iterateAllPlugins", c -> c.pipeline().extensions().iterateAllPlugins("d-1",
                        ListAllPluginsRequest.builder().build(), 2), pageWithOffset, "{\"plugin_name\":\"p%N%\"}",
                        "offset=0", "offset=2"),
                new PagedRow("iteratePluginVersionsInfo", c -> c.pipeline().extensions().iteratePluginVersionsInfo("d-1",
                        "fff", 2), pageWithOffset, "{\"version\":\"0.0.%N%\"}", "offset=0", "offset=2"),
                new PagedRow("iteratePublishers", c -> c.pipeline().publishers().iteratePublishers("d-1", null, 2),
                        pageWithOffset, "{\"publisher_unique_id\":\"u%N%\"}", "offset=0", "offset=2"),
                new PagedRow("iterateExtensions", c -> c.ide().marketplace().iterateExtensions(
                        List.of(new FilterCriterion(10, "java")), 8, 2),
                        "{\"results\":[{\"extensions\":[%ITEMS%]}]}", "{\"extension_id\":\"e%N%\"}",
                        "\"page_number\":1", "\"page_number\":2"),
                new PagedRow("iterateExtensionEvaluations", c -> c.ide().marketplace().iterateExtensionEvaluations(
                        "ext-1", 2), ideResultPage, "{\"evaluation\":{\"id\":%N%}}", "offset=0", "offset=2"),
                new PagedRow("iterateExtensionStars", c -> c.ide().marketplace().iterateExtensionStars("ext-1", 2),
                        ideResultPage, "{\"id\":%N%,\"stars\":5}", "offset=0", "offset=2"),
                new PagedRow("iterateExtensionCategories", c -> c.ide().marketplace().iterateExtensionCategories(
                        "cloudide", null, null, 2), ideResultPage, "{\"id\":%N%}", "page_num=1", "page_num=2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void iteratesLazilyOverEveryPage(PagedRow row) throws InterruptedException {
        MockWebServer server = loopback.server();
        int before = server.getRequestCount();
        server.enqueue(json(page(row, 1, 2)));
        server.enqueue(json(page(row, 3, 1)));

        Iterable<?> all = row.iterable().apply(loopback.client());
        assertThat(server.getRequestCount()).as("nothing fetched before iteration").isEqualTo(before);

        Iterator<?> iterator = all.iterator();
        assertThat(iterator.hasNext()).isTrue();
        List<Object> items = new ArrayList<>();
        items.add(iterator.next());
        items.add(iterator.next());
        assertThat(server.getRequestCount()).as("only the first page while it lasts").isEqualTo(before + 1);
        iterator.forEachRemaining(items::add);

        assertThat(items).hasSize(3);
        assertThat(server.getRequestCount()).as("two pages for three items").isEqualTo(before + 2);
        assertThat(describe(server.takeRequest(5, TimeUnit.SECONDS))).contains(row.firstPage());
        assertThat(describe(server.takeRequest(5, TimeUnit.SECONDS))).contains(row.secondPage());
    }

    private static String page(PagedRow row, int firstNumber, int count) {
        String items = IntStream.range(firstNumber, firstNumber + count)
                .mapToObj(n -> row.item().replace("%N%", Integer.toString(n)))
                .collect(Collectors.joining(","));
        return row.wrapper().replace("%ITEMS%", items).replace("%TOTAL%", "3");
    }

    private static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }

    /** The URL and body of a request, to look for the page parameters wherever the operation carries them. */
    private static String describe(RecordedRequest request) {
        assertThat(request).isNotNull();
        return request.getRequestUrl() + " " + request.getBody().readString(StandardCharsets.UTF_8);
    }
}
