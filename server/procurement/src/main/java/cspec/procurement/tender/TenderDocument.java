package cspec.procurement.tender;

import java.util.List;

/** A tender as a reader found it: its blocks in order and the page furniture it dropped. */
public record TenderDocument(String format, List<Block> blocks, List<Dropped> dropped) {
    public TenderDocument {
        blocks = List.copyOf(blocks);
        dropped = List.copyOf(dropped);
    }
}
