package cspec.core.check;

import java.util.List;

/**
 * A list of phrases as part of a key of {@link Reuse}: its hash is computed once, and
 * {@link #of} hands out the previous version's equal list, so that the many keys holding it
 * compare it by identity.
 */
final class PhraseList {
    private final List<String> list;
    private final int hash;

    private PhraseList(List<String> list) {
        this.list = List.copyOf(list);
        this.hash = this.list.hashCode();
    }

    static PhraseList of(List<String> phrases, Reuse.Round reuse) {
        PhraseList fresh = new PhraseList(phrases);
        return reuse.get(fresh, () -> fresh);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof PhraseList p && p.hash == hash && p.list.equals(list);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
