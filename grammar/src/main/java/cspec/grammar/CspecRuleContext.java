package cspec.grammar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.antlr.v4.runtime.tree.TerminalNodeImpl;

/**
 * The parent of every generated rule context (the grammar's contextSuperClass): ANTLR's child
 * lookups, which every generated accessor such as {@code COLON()} or {@code requirement()} calls,
 * with the same results found by class tests instead of interface casts.
 *
 * <p>Why: ANTLR's loops cast each child to the interface ParseTree and then test it against the
 * interface TerminalNode. On Java 17 each such test on a TerminalNodeImpl that names the other
 * interface than the last one rewrites that class's one-entry cache of interfaces (JDK-8180450), so
 * every token child cost two slow lookups and two writes to memory both analysis threads share:
 * the accessors were about a sixth of a parse's CPU time (docs/benchmarks.md, issue 13 round 7). A
 * test against the class TerminalNodeImpl has no such cache; the parser makes every terminal node as
 * a TerminalNodeImpl (an ErrorNodeImpl is one too), so the tests select exactly what ANTLR's do.
 */
public class CspecRuleContext extends ParserRuleContext {
    public CspecRuleContext() {
    }

    public CspecRuleContext(ParserRuleContext parent, int invokingStateNumber) {
        super(parent, invokingStateNumber);
    }

    @Override
    public TerminalNode getToken(int ttype, int i) {
        if (children == null || i < 0 || i >= children.size()) {
            return null;
        }
        int seen = -1;
        for (int k = 0; k < children.size(); k++) {
            Object child = children.get(k); // as Object: no cast to ParseTree
            if (child instanceof TerminalNodeImpl node && node.getSymbol().getType() == ttype && ++seen == i) {
                return node;
            }
        }
        return null;
    }

    @Override
    public List<TerminalNode> getTokens(int ttype) {
        if (children == null) {
            return Collections.emptyList();
        }
        List<TerminalNode> tokens = null;
        for (int k = 0; k < children.size(); k++) {
            Object child = children.get(k);
            if (child instanceof TerminalNodeImpl node && node.getSymbol().getType() == ttype) {
                if (tokens == null) {
                    tokens = new ArrayList<>();
                }
                tokens.add(node);
            }
        }
        return tokens == null ? Collections.emptyList() : tokens;
    }

    @Override
    public <T extends ParseTree> T getChild(Class<? extends T> ctxType, int i) {
        if (children == null || i < 0 || i >= children.size()) {
            return null;
        }
        int seen = -1;
        for (int k = 0; k < children.size(); k++) {
            Object child = children.get(k);
            if (ctxType.isInstance(child) && ++seen == i) {
                return ctxType.cast(child);
            }
        }
        return null;
    }

    @Override
    public <T extends ParserRuleContext> List<T> getRuleContexts(Class<? extends T> ctxType) {
        if (children == null) {
            return Collections.emptyList();
        }
        List<T> contexts = null;
        for (int k = 0; k < children.size(); k++) {
            Object child = children.get(k);
            if (ctxType.isInstance(child)) {
                if (contexts == null) {
                    contexts = new ArrayList<>();
                }
                contexts.add(ctxType.cast(child));
            }
        }
        return contexts == null ? Collections.emptyList() : contexts;
    }
}
