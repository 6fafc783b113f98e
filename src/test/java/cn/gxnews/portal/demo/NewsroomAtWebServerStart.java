package cn.gxnews.portal.demo;

import cn.gxnews.portal.TestNewsroom;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * What the database held at the moment the web server started taking requests: the first thing a reader could
 * see. Recorded once per test context, when the context starts.
 */
@Component
class NewsroomAtWebServerStart implements ApplicationListener<WebServerInitializedEvent> {

    private final ObjectProvider<TestNewsroom> newsroom;
    private volatile Map<String, Integer> rowCounts = Map.of();

    NewsroomAtWebServerStart(ObjectProvider<TestNewsroom> newsroom) {
        this.newsroom = newsroom;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        rowCounts = newsroom.getObject().rowCounts();
    }

    Map<String, Integer> rowCounts() {
        return rowCounts;
    }
}
