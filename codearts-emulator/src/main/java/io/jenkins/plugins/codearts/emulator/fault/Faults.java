package io.jenkins.plugins.codearts.emulator.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** The fault-injection rules of one emulator. Rules are checked in the order they were added; the first that fires wins. */
public final class Faults {

    private final List<FaultRule> rules = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    /** Starts a rule for an operation name from codearts-api-operations.tsv, or {@code "*"} for every operation. */
    public FaultRule on(String operationName) {
        if (operationName == null || operationName.isBlank()) {
            throw new IllegalArgumentException("operationName must be an operation from codearts-api-operations.tsv or \"*\"");
        }
        FaultRule rule = new FaultRule(ids.incrementAndGet(), operationName);
        rules.add(rule);
        return rule;
    }

    /** The rule that fires for this request, or {@code null}. Exhausted rules are dropped. */
    public FaultRule next(String operationName) {
        if (rules.isEmpty()) {
            return null;
        }
        for (FaultRule rule : rules) {
            if (rule.appliesTo(operationName) && rule.tryFire()) {
                if (rule.exhausted()) {
                    rules.remove(rule);
                }
                return rule;
            }
        }
        return null;
    }

    /** Removes every rule. */
    public void clear() {
        rules.clear();
    }

    /** Removes one rule by id; false when there is none. */
    public boolean remove(long id) {
        return rules.removeIf(rule -> rule.id() == id);
    }

    public List<FaultRule> rules() {
        return new ArrayList<>(rules);
    }
}
