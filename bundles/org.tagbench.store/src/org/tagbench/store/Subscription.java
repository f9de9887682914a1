package org.tagbench.store;

/** A registration of a {@link StoreListener}; closing it stops the deliveries. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

	@Override
	void close();
}
