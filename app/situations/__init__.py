"""Situations of concern: one service (`Situations`, in `service`) over the situation, the
incidents linked to it, its dated risk assessments against the 14 factors of the UN Framework
of Analysis for Atrocity Crimes (`assessments`), its country strategy (`strategies`), the
weekly counts and deterioration flags of its incidents (`trends`), the quarterly review pack
(`review`), what comes from HQ (`remote`) and the documents and wire shapes (`documents`).
The fields themselves, without the store, are app.schema.situation's.
"""

from app.situations.service import Situations

__all__ = ["Situations"]
