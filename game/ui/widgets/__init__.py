"""Drawing helpers and small widget helpers shared by the in-game screens.

    graph_layout      where each milestone sits: column by depth, band by track (pure)
    milestone_graph   the milestone graph drawn with pygame.draw onto a cached Surface
    text_fit          wrap or shorten text to a width (node names, labels that must not cut)
    text_height       how tall a text box must be to show its HTML whole at a width
    labels            labels that shorten themselves and move the whole text to the tooltip
    turn_text         the turn screen's words: tooltips, milestone details, news, rivals
    tips              tooltip texts: sourced facts and labelled game values
    theme_extra       the few theme ids the turn screen adds at run time
"""
