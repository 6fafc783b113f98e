package cn.gxnews.portal;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts the HTTP sessions the servlet container creates, so tests can prove a page creates none. */
@Component
public class SessionCounter implements HttpSessionListener {

    private final AtomicInteger created = new AtomicInteger();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        created.incrementAndGet();
    }

    public int created() {
        return created.get();
    }
}
