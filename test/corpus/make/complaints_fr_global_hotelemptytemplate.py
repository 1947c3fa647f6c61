"""
Shape of mounirkazdaghli2002-dev/hotel_pfe_mediterranee reclamations.csv (commit
5d579eaada7be9eb9c3b810a8f17b7bdc7a6ac23): the guest-complaint table of a hotel management
student project, exported before any complaint was recorded: a UTF-8 CSV holding only its header
line id,chambre,client,domaine,description,satisfaction,date,statut,agent,resolu and a newline.
"""
import os

from fake import FILES

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "complaints-fr-global-hotelemptytemplate.csv"), "wb") as out:
    out.write(b"id,chambre,client,domaine,description,satisfaction,date,statut,agent,resolu\n")
