package io.jenkins.plugins.codearts.client;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Lazily walks a paged list endpoint: a page is requested only when iteration reaches it. Each call to
 * {@link #iterator()} starts again from the first offset.
 */
public final class PageIterable<T> implements Iterable<T> {

    /** Fetches the page that starts at {@code offset} with at most {@code limit} items. */
    @FunctionalInterface
    public interface PageFetcher<T> {
        Paged<T> fetch(long offset, int limit);
    }

    private final long firstOffset;
    private final int pageSize;
    private final PageFetcher<T> fetcher;

    private PageIterable(long firstOffset, int pageSize, PageFetcher<T> fetcher) {
        if (pageSize < 1) {
            throw new CodeArtsInvalidArgumentException("pageSize", String.valueOf(pageSize), "must be at least 1");
        }
        if (firstOffset < 0) {
            throw new CodeArtsInvalidArgumentException("offset", String.valueOf(firstOffset), "must not be negative");
        }
        this.firstOffset = firstOffset;
        this.pageSize = pageSize;
        this.fetcher = fetcher;
    }

    public static <T> PageIterable<T> of(int pageSize, PageFetcher<T> fetcher) {
        return new PageIterable<>(0, pageSize, fetcher);
    }

    public static <T> PageIterable<T> of(long firstOffset, int pageSize, PageFetcher<T> fetcher) {
        return new PageIterable<>(firstOffset, pageSize, fetcher);
    }

    @Override
    public Iterator<T> iterator() {
        return new PageIterator();
    }

    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    /** Reads every page into a list; use only when the result is known to be small. */
    public List<T> toList() {
        List<T> all = new ArrayList<>();
        forEach(all::add);
        return all;
    }

    private final class PageIterator implements Iterator<T> {
        private long nextOffset = firstOffset;
        private Iterator<T> current = List.<T>of().iterator();
        private boolean exhausted;

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && !exhausted) {
                Paged<T> page = fetcher.fetch(nextOffset, pageSize);
                current = page.items().iterator();
                // Count offsets ourselves: servers echo offsets inconsistently, and a page that does not move the
                // offset forward must not loop forever.
                nextOffset = nextOffset + page.items().size();
                if (page.items().isEmpty()) {
                    exhausted = true;
                } else if (page.total() >= 0) {
                    exhausted = nextOffset >= page.total();
                } else {
                    exhausted = page.items().size() < pageSize;
                }
            }
            return current.hasNext();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
    }
}
